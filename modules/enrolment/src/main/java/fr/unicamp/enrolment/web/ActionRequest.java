package fr.unicamp.enrolment.web;

/**
 * The optional body of an enrolment action: {@code reason} (reject-by-sis, cancel), {@code
 * withdrawalCause} and {@code comment} (withdraw; cancel of an open course takes the cause too),
 * {@code studentNumber} (confirm-by-sis).
 */
public record ActionRequest(
    String reason, String withdrawalCause, String comment, String studentNumber) {

  static final ActionRequest EMPTY = new ActionRequest(null, null, null, null);

  static ActionRequest orEmpty(ActionRequest body) {
    return body == null ? EMPTY : body;
  }
}
