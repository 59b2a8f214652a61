package fr.unicamp.catalogue.web;

/** The JSON body of {@code POST /api/catalogue/sessions/{id}/cancel}: why it is cancelled. */
public record CancellationRequest(String reason) {}
