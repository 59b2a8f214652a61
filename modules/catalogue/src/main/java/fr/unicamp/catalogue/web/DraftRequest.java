package fr.unicamp.catalogue.web;

/** The JSON body of {@code POST /api/catalogue/micro-certifications}. */
public record DraftRequest(
    String university, String code, String titleFr, String titleEn, Integer hours) {}
