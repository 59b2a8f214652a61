/**
 * Catalogue adapters: the JPA repository of micro-certifications, and later file formats (CSV
 * import and export).
 */
package fr.unicamp.catalogue.infrastructure;
