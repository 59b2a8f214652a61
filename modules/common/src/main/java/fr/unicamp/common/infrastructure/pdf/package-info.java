/**
 * PDF documents the way every module writes them: A4 pages with the university's name as header, a
 * footer with the page number and the generation date, and an embedded Unicode font (DejaVu,
 * shipped in {@code fonts/}) so that French text never depends on the server's fonts. Built on
 * Apache PDFBox; no CDI, usable from any layer's adapters.
 */
package fr.unicamp.common.infrastructure.pdf;
