/**
 * The review workflow of a micro-certification (draft, in review, approved, published, retired) and
 * the framework's publish gate: named rules a transition checks and a checklist shows.
 */
package fr.unicamp.catalogue.domain.workflow;
