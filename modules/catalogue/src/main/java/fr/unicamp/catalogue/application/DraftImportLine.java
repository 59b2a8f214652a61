package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;

/**
 * One line of an import file that passed every check: the draft to create and its Annex I elements
 * ({@link AnnexElements#none()} when the line gives none).
 *
 * @param line the physical line of the file (1-based, header included)
 */
public record DraftImportLine(int line, NewMicroCertification draft, AnnexElements annex) {

  public boolean describesAnnex() {
    return !annex.equals(AnnexElements.none());
  }
}
