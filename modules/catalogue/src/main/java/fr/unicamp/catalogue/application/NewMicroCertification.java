package fr.unicamp.catalogue.application;

import fr.unicamp.common.domain.university.UniversityCode;

/** What a draft needs to start: the awarding university, a code, titles and hours. */
public record NewMicroCertification(
    UniversityCode university, String code, String titleFr, String titleEn, int hours) {}
