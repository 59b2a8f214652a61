package fr.unicamp.catalogue.domain.pathway;

/** A micro-certification in a pathway, which every learner must take or may choose. */
public record PathwayMember(MicroCertificationRef microCertification, boolean required) {

  public static PathwayMember required(MicroCertificationRef microCertification) {
    return new PathwayMember(microCertification, true);
  }

  public static PathwayMember optional(MicroCertificationRef microCertification) {
    return new PathwayMember(microCertification, false);
  }

  public int hours() {
    return microCertification.hours();
  }
}
