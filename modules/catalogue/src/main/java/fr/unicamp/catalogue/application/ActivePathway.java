package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.pathway.Pathway;

/**
 * An active pathway as stacking reads it (the certificates module's learner progress): its id and
 * what it awards from which members, each with its micro-certification id, university, hours and
 * whether it is required.
 */
public record ActivePathway(long id, Pathway definition) {}
