/**
 * Pathways (stacks): a bloc de compétences, a DIU or a national diploma that a set of
 * micro-certifications, possibly from several universities, leads to within an hour band.
 */
package fr.unicamp.catalogue.domain.pathway;
