/**
 * Quality (not built yet): Qualiopi indicators, the yearly BPF figures and satisfaction surveys.
 * Depends on enrolment, billing, catalogue and common.
 */
package fr.unicamp.quality;
