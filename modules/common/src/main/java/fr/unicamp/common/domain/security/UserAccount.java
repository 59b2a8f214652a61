package fr.unicamp.common.domain.security;

import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A back-office user. Every user belongs to one university (consortium staff to the operator's home
 * university) and has one role. The password is stored as a PBKDF2 hash in the format of Jakarta
 * Security's {@code Pbkdf2PasswordHash}; the database identity store checks it.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "university_id", nullable = false, length = 16)
  private String universityCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 32)
  private Role role;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "locale", nullable = false, length = 8)
  private String locale;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      UniversityCode university,
      Role role,
      String passwordHash,
      Locale locale) {
    this.username = username;
    this.displayName = displayName;
    this.universityCode = university.value();
    this.role = role;
    this.passwordHash = passwordHash;
    this.locale = locale.toLanguageTag();
    this.enabled = true;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public UniversityCode university() {
    return UniversityCode.of(universityCode);
  }

  public Role role() {
    return role;
  }

  public Locale locale() {
    return Locale.forLanguageTag(locale);
  }

  public boolean enabled() {
    return enabled;
  }
}
