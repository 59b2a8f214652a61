/**
 * The documents a session produces for people: the jury's deliberation record and each learner's
 * attendance certificate (PDF, through {@code common.infrastructure.pdf}), and the session roster
 * (CSV for French spreadsheets). Each takes domain objects and returns bytes; no CDI, no database.
 */
package fr.unicamp.enrolment.infrastructure.documents;
