/** The catalogue's REST resources ({@code /api/catalogue}) and UI backing beans. */
package fr.unicamp.catalogue.web;
