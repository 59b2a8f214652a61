/**
 * The pathway screens: the list of pathways with their hours against the kind's band, and the edit
 * page that stacks published micro-certifications of any university into a bloc, DIU or diploma and
 * activates, closes or deletes it. Backing beans call the catalogue's application services only.
 */
package fr.unicamp.webapp.ui.pathway;
