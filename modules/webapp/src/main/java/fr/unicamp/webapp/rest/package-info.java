/**
 * The REST application under {@code /api}: the one place where exceptions become RFC 9457 problems,
 * and the resources that belong to no single module (who am I, universities, audit).
 */
package fr.unicamp.webapp.rest;
