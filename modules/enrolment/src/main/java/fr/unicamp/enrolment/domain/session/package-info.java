/**
 * The port through which enrolment reads a catalogue session: its enrolment window, capacity,
 * planned hours and the terms of the micro-certification version it runs. Enrolment owns these
 * types; an adapter fills them from the catalogue's sessions.
 */
package fr.unicamp.enrolment.domain.session;
