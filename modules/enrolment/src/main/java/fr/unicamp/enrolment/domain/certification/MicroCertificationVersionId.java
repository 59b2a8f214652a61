package fr.unicamp.enrolment.domain.certification;

/**
 * The catalogue's identifier of one version of a micro-certification: what a learner is assessed
 * against and what a certificate is issued for.
 */
public record MicroCertificationVersionId(long value) {

  public static MicroCertificationVersionId of(long value) {
    return new MicroCertificationVersionId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
