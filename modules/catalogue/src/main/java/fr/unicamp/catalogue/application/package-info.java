/** The catalogue's API for other modules and its own web layer. */
package fr.unicamp.catalogue.application;
