/**
 * Enrolment's adapters: the file formats it reads (the LMS attendance export) and, later, its JPA
 * repositories.
 */
package fr.unicamp.enrolment.infrastructure;
