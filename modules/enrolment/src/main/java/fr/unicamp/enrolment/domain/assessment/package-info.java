/**
 * The Assessment aggregate: a learner marked on the criteria grid of the micro-certification
 * version, the overall result by the grid's pass rule, an optional grade, and the record of the
 * identity check the micro-certification requires.
 */
package fr.unicamp.enrolment.domain.assessment;
