/**
 * The catalogue screens: the searchable list of micro-certifications and the edit page (Annex I
 * elements, competencies and criteria grids, sustainability plan with its chart, gate checklist and
 * review actions). Backing beans call the catalogue's application services only.
 */
package fr.unicamp.webapp.ui.catalogue;
