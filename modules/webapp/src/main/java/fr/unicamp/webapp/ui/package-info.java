/**
 * The back-office UI shell (Jakarta Faces + PrimeFaces): login, the layout and its menu by role,
 * the dashboard, the language and university selectors, and the one place where business exceptions
 * become UI messages.
 */
package fr.unicamp.webapp.ui;
