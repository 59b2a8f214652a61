/** The append-only audit trail: who changed what, when, with a before and after summary. */
package fr.unicamp.common.domain.audit;
