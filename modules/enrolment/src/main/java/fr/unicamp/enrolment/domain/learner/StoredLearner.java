package fr.unicamp.enrolment.domain.learner;

import fr.unicamp.common.domain.tenancy.TenantScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link Learner} is stored: one row of {@code learner} and its consents. The aggregate stays
 * plain Java (immutable details, consents merged by time); this row is written from it on every
 * change and rebuilds it on every read ({@link #toLearner()}), through its {@code restore}.
 */
@Entity
@Table(name = "learner")
public class StoredLearner extends TenantScoped {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "civility", nullable = false, length = 8)
  private Civility civility;

  @Column(name = "family_name", nullable = false, length = Texts.MAX_NAME)
  private String familyName;

  @Column(name = "usage_name", length = Texts.MAX_NAME)
  private String usageName;

  @Column(name = "given_names", nullable = false, length = Texts.MAX_NAME)
  private String givenNames;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "birth_commune", length = Texts.MAX_NAME)
  private String birthCommune;

  @Column(name = "birth_insee_code", length = 5)
  private String birthInseeCode;

  @Column(name = "birth_country", nullable = false, length = 2)
  private String birthCountry;

  @Column(name = "nationality", nullable = false, length = 2)
  private String nationality;

  @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH)
  private String email;

  @Column(name = "phone", length = 32)
  private String phone;

  @Column(name = "address_line1", length = PostalAddress.MAX_LINE)
  private String addressLine1;

  @Column(name = "address_line2", length = PostalAddress.MAX_LINE)
  private String addressLine2;

  @Column(name = "address_postal_code", length = 12)
  private String addressPostalCode;

  @Column(name = "address_city", length = PostalAddress.MAX_LINE)
  private String addressCity;

  @Column(name = "address_country", length = 2)
  private String addressCountry;

  @Column(name = "ine", length = 11)
  private String ine;

  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  /** Eager: a learner is never rebuilt without them. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "learner_consent", joinColumns = @JoinColumn(name = "learner_id"))
  private List<StoredConsent> consents = new ArrayList<>();

  protected StoredLearner() {}

  private StoredLearner(Learner learner) {
    super(learner.university());
    copy(learner);
  }

  /** A new row for a learner not stored yet. */
  public static StoredLearner of(Learner learner) {
    return new StoredLearner(learner);
  }

  /** Writes the learner's current state into this row (its university never changes). */
  public void copy(Learner learner) {
    LearnerDetails d = learner.details();
    civility = d.civility();
    familyName = d.familyName();
    usageName = d.usageName();
    givenNames = d.givenNames();
    birthDate = d.birthDate();
    BirthPlace place = d.birthPlace();
    birthCommune = place == null ? null : place.commune();
    birthInseeCode = place == null ? null : place.inseeCode();
    birthCountry = place == null ? null : place.country();
    nationality = d.nationality();
    email = d.email();
    phone = d.phone();
    PostalAddress a = d.address();
    addressLine1 = a == null ? null : a.line1();
    addressLine2 = a == null ? null : a.line2();
    addressPostalCode = a == null ? null : a.postalCode();
    addressCity = a == null ? null : a.city();
    addressCountry = a == null ? null : a.country();
    ine = d.ine();
    mergedIntoId = learner.mergedInto().map(LearnerId::value).orElse(null);
    consents.clear();
    learner.consents().values().forEach(c -> consents.add(new StoredConsent(c)));
  }

  /** The aggregate this row holds. */
  public Learner toLearner() {
    BirthPlace place =
        birthCountry == null ? null : new BirthPlace(birthCommune, birthInseeCode, birthCountry);
    PostalAddress address =
        addressLine1 == null && addressPostalCode == null && addressCity == null
            ? null
            : new PostalAddress(
                addressLine1, addressLine2, addressPostalCode, addressCity, addressCountry);
    LearnerDetails details =
        new LearnerDetails(
            civility,
            familyName,
            usageName,
            givenNames,
            birthDate,
            place,
            nationality,
            email,
            phone,
            address,
            ine);
    return Learner.restore(
        id,
        university(),
        details,
        mergedIntoId == null ? null : LearnerId.of(mergedIntoId),
        consents.stream().map(StoredConsent::toConsent).toList());
  }

  public Long id() {
    return id;
  }
}
