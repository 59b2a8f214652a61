/** The user-facing texts (French by default, English) shared by the REST problems and the UI. */
package fr.unicamp.webapp.i18n;
