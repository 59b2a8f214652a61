package fr.unicamp.webapp.security;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.common.domain.security.UserAccount;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;

/** Creates user accounts with PBKDF2 hashes that the database identity store verifies. */
@ApplicationScoped
public class UserAccounts {

  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512. */
  static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject AuditLog audit;

  @Transactional
  public boolean any() {
    return !em.createQuery("SELECT u.id FROM UserAccount u", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Transactional
  public UserAccount create(
      String username,
      String displayName,
      UniversityCode university,
      Role role,
      String password,
      Locale locale) {
    passwordHash.initialize(HASH_PARAMETERS);
    var account =
        new UserAccount(
            username,
            displayName,
            university,
            role,
            passwordHash.generate(password.toCharArray()),
            locale);
    em.persist(account);
    em.flush();
    audit.record(
        university,
        new AuditChange("user.create", "UserAccount", username, null, role + " of " + university));
    return account;
  }
}
