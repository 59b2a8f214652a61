/**
 * The nightly exchange with each university's student information system (SIS): one route template
 * per connector kind, instantiated per enabled university, behind two ports ({@link
 * fr.unicamp.integration.sis.SisExportSource}, {@link fr.unicamp.integration.sis.SisReturnApplier})
 * that the enrolment module implements.
 */
package fr.unicamp.integration.sis;
