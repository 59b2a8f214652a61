/** Test support for SIS connectors: the database, in-memory ports, exchange files. */
package fr.unicamp.integration.sis.testing;
