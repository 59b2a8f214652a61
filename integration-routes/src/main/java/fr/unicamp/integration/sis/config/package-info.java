/** Per-university SIS connector settings, read from {@code config/universities.properties}. */
package fr.unicamp.integration.sis.config;
