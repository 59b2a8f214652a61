/**
 * Enrolment's adapters: the JPA repositories of learners, enrolments and attendance, the
 * catalogue's sessions read through its services, and the file formats it reads (the LMS attendance
 * export).
 */
package fr.unicamp.enrolment.infrastructure;
