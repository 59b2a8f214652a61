package fr.unicamp.integration.sis.config;

import fr.unicamp.common.domain.university.UniversityCode;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * One university's SIS connector, validated. File connectors ({@code csv-sftp}, {@code csv-ftp})
 * have a host, a port and a base folder holding {@code outbox/} (what we export) and {@code inbox/}
 * (the university's return, then {@code inbox/done/} and {@code inbox/failed/}); {@code rest} has a
 * base URL. Credentials are never here: only the NAMES of the environment variables holding them.
 *
 * @param usernameEnv the variable holding the user name (file connectors), else empty
 * @param secretEnv the variable holding the password (file connectors) or bearer token (rest)
 */
public record SisConnectorSettings(
    UniversityCode university,
    ConnectorKind kind,
    boolean enabled,
    String host,
    int port,
    String path,
    String baseUrl,
    Optional<String> usernameEnv,
    String secretEnv,
    Charset encoding,
    DailySchedule schedule) {

  public SisConnectorSettings {
    Objects.requireNonNull(university, "university");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(usernameEnv, "usernameEnv");
    Objects.requireNonNull(secretEnv, "secretEnv");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(schedule, "schedule");
  }

  /** {@code <university>-<kind>-<flow>}, e.g. {@code ULILLE-csv-sftp-import}. */
  public String routeId(String flow) {
    return university.value() + "-" + kind.key() + "-" + flow;
  }

  /** The folder we write exports to, relative to the login folder. */
  public String outbox() {
    return join(path, "outbox");
  }

  /** The folder the university drops its returns in, relative to the login folder. */
  public String inbox() {
    return join(path, "inbox");
  }

  private static String join(String base, String folder) {
    return base == null || base.isEmpty() ? folder : base + "/" + folder;
  }
}
