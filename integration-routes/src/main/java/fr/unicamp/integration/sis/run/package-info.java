/**
 * Sync runs: the persistent record of each exchange with a SIS, and the claim that makes each
 * (university, flow, business date) run once across instances. Plain JDBC, so that a claim lost to
 * another instance is an ordinary unique-key answer, never an exception thrown through JPA.
 */
package fr.unicamp.integration.sis.run;
