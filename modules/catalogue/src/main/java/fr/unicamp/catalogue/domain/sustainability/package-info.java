/**
 * The framework's "soutenabilité financière": the cost model of a micro-certification, its
 * contribution margin, its break-even learners and scenarios compared side by side.
 */
package fr.unicamp.catalogue.domain.sustainability;
