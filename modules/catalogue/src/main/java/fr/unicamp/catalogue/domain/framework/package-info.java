/**
 * The consortium framework's ("cadre commun") fixed numbers that several catalogue rules share,
 * such as the 7-30 hour band of a micro-certification.
 */
package fr.unicamp.catalogue.domain.framework;
