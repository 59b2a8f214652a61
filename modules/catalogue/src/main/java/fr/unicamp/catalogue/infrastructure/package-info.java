/**
 * Catalogue adapters: file formats (CSV import and export) and persistence helpers, when needed.
 */
package fr.unicamp.catalogue.infrastructure;
