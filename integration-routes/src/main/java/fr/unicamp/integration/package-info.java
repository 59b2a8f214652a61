/**
 * Apache Camel routes: SIS connectors, marketplace and payout imports, Qualiopi delivery and the
 * nightly scheduler. Routes call the domain modules' public services only.
 */
package fr.unicamp.integration;
