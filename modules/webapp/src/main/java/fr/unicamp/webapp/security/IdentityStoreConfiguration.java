package fr.unicamp.webapp.security;

import fr.unicamp.common.domain.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Users and their role come from {@code app_user}; passwords are PBKDF2 hashes. */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:app/jdbc/unicamp",
    callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND enabled = TRUE",
    groupsQuery = "SELECT role FROM app_user WHERE username = ? AND enabled = TRUE",
    hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({
  Role.CONSORTIUM_ADMIN_NAME,
  Role.UNIVERSITY_STAFF_NAME,
  Role.FINANCE_NAME,
  Role.AUDITOR_NAME
})
@ApplicationScoped
public class IdentityStoreConfiguration {}
