/**
 * Certificates (not built yet): signed Open Badges 3.0 credentials with the EU standard elements,
 * public verification, revocation status lists, expiry and stacking into pathways. Depends on
 * enrolment, catalogue and common.
 */
package fr.unicamp.certificates;
