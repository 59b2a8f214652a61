package fr.unicamp.webapp.application;

/** One university on the dashboard and in {@code GET /api/universities}. */
public record UniversityRow(String code, String name, String city, long microCertifications) {}
