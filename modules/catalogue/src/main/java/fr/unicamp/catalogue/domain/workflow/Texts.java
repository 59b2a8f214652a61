package fr.unicamp.catalogue.domain.workflow;

/** What counts as a filled-in text for the gate and the workflow. */
final class Texts {

  private Texts() {}

  static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
