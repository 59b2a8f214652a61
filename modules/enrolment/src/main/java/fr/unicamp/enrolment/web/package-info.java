/**
 * Enrolment over REST: learners (registration, duplicates, merge) and enrolments (creation
 * idempotent on the order reference, keyset lists, the two lifecycles' actions).
 */
package fr.unicamp.enrolment.web;
