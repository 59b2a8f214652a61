/**
 * The two CSV layouts of the nightly exchange (docs/formats/sis-exchange.md): the export we write
 * to a university's outbox and the return we read from its inbox.
 */
package fr.unicamp.integration.sis.file;
