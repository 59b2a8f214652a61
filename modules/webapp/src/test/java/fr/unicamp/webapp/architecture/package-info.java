/** The house rules as tests: module dependencies, layers, tenancy entry points, packaging. */
package fr.unicamp.webapp.architecture;
