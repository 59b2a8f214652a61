/**
 * Container tests: the real WAR on Payara Micro (Arquillian) against a throw-away PostgreSQL
 * database, driven over HTTP and through a headless Chromium, as users and systems use it.
 */
package fr.unicamp.webapp.it;
