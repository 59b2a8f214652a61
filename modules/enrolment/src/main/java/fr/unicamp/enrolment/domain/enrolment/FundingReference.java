package fr.unicamp.enrolment.domain.enrolment;

/** The references a funding may carry, with the field each one is entered in. */
public enum FundingReference {
  /** The marketplace order or the company's purchase order. */
  ORDER("orderReference"),
  /** The training agreement ("convention de formation") or the OPCO's / France Travail's accord. */
  AGREEMENT("agreementNumber"),
  /** The CPF folder number in EDOF ("dossier de formation"). */
  EDOF_FOLDER("edofFolderNumber");

  private final String field;

  FundingReference(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }
}
