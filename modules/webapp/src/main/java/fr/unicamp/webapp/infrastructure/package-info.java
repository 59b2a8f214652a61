/** Wiring of the deployable: the data source, start-up order, reference and demo data. */
package fr.unicamp.webapp.infrastructure;
