package fr.unicamp.common.domain.university;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A member university of the consortium: the tenant of its staff's data and the awarding body of
 * its micro-certifications. The list comes from {@code config/universities.properties}; start-up
 * brings the table in line with it. Real-world identifiers (UAI, SIRET, NDA, Qualiopi reference)
 * stay empty until the university fills them in.
 */
@Entity
@Table(name = "university")
public class University {

  @Id
  @Column(name = "code", length = 16)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "city", length = 100)
  private String city;

  @Column(name = "uai", length = 8)
  private String uai;

  @Column(name = "siret", length = 14)
  private String siret;

  @Column(name = "nda", length = 11)
  private String nda;

  @Column(name = "qualiopi_reference", length = 100)
  private String qualiopiReference;

  protected University() {}

  public University(UniversityCode code, String name, String city) {
    this.code = code.value();
    rename(name, city);
  }

  /** Applies the configured name and city; returns whether anything changed. */
  public boolean rename(String newName, String newCity) {
    if (newName == null || newName.isBlank()) {
      throw new IllegalArgumentException("a university needs a name: " + code);
    }
    boolean changed = !newName.equals(name) || !java.util.Objects.equals(newCity, city);
    this.name = newName;
    this.city = newCity;
    return changed;
  }

  public UniversityCode code() {
    return UniversityCode.of(code);
  }

  public String name() {
    return name;
  }

  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  public Optional<String> uai() {
    return Optional.ofNullable(uai);
  }

  public Optional<String> siret() {
    return Optional.ofNullable(siret);
  }

  public Optional<String> nda() {
    return Optional.ofNullable(nda);
  }

  public Optional<String> qualiopiReference() {
    return Optional.ofNullable(qualiopiReference);
  }
}
