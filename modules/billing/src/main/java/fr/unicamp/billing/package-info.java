/**
 * Billing (not built yet): marketplace orders, payments, payouts, refunds, invoices numbered
 * without gaps per university, revenue share, reconciliation and the accounting export. Depends on
 * enrolment and common.
 */
package fr.unicamp.billing;
