package fr.unicamp.integration.sis.config;

import fr.unicamp.common.domain.university.UniversityCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@code unicamp.university.<CODE>.sis.*} into {@link SisConnectorSettings}. A university
 * without {@code sis.kind} has no connector. Every mistake fails start-up with a message naming the
 * university and the key, because a connector half configured would fail every night instead.
 */
public final class SisConnectorSettingsReader {

  private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
  private static final Pattern PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  private final Function<String, Optional<String>> lookup;

  /**
   * @param lookup a configuration key to its value (MicroProfile Config in production)
   */
  public SisConnectorSettingsReader(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  /** Settings of every listed university that has a connector, enabled or not. */
  public List<SisConnectorSettings> readAll(List<UniversityCode> universities) {
    List<SisConnectorSettings> all = new ArrayList<>();
    for (UniversityCode code : universities) {
      read(code).ifPresent(all::add);
    }
    return List.copyOf(all);
  }

  public Optional<SisConnectorSettings> read(UniversityCode university) {
    Keys keys = new Keys(university);
    Optional<String> kindValue = keys.optional("kind");
    if (kindValue.isEmpty()) {
      return Optional.empty();
    }
    ConnectorKind kind =
        ConnectorKind.fromKey(kindValue.get())
            .orElseThrow(
                () ->
                    keys.invalid(
                        "kind", kindValue.get(), "expected one of csv-sftp, csv-ftp, rest"));
    boolean enabled = keys.bool("enabled");
    Charset encoding = keys.encoding();
    DailySchedule schedule = keys.schedule();
    String secretEnv = keys.envName(kind.isFile() ? "password-env" : "token-env");
    if (kind.isFile()) {
      String host = keys.required("host");
      int port = keys.port();
      String path = keys.optional("path").orElse("");
      if (!path.isEmpty() && !PATH.matcher(path).matches()) {
        throw keys.invalid("path", path, "expected a relative folder such as sis/ulille");
      }
      return Optional.of(
          new SisConnectorSettings(
              university,
              kind,
              enabled,
              host,
              port,
              path,
              null,
              Optional.of(keys.envName("username-env")),
              secretEnv,
              encoding,
              schedule));
    }
    String baseUrl = keys.baseUrl();
    return Optional.of(
        new SisConnectorSettings(
            university,
            kind,
            enabled,
            null,
            0,
            null,
            baseUrl,
            Optional.empty(),
            secretEnv,
            encoding,
            schedule));
  }

  /** The keys of one university, with errors that name both. */
  private final class Keys {
    private final UniversityCode university;

    Keys(UniversityCode university) {
      this.university = university;
    }

    String key(String suffix) {
      return "unicamp.university." + university.value() + ".sis." + suffix;
    }

    Optional<String> optional(String suffix) {
      return lookup.apply(key(suffix)).map(String::strip).filter(v -> !v.isEmpty());
    }

    String required(String suffix) {
      return optional(suffix)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "SIS connector of university "
                          + university.value()
                          + ": "
                          + key(suffix)
                          + " is required"));
    }

    IllegalStateException invalid(String suffix, String value, String expected) {
      return new IllegalStateException(
          "SIS connector of university "
              + university.value()
              + ": "
              + key(suffix)
              + "='"
              + value
              + "' is invalid: "
              + expected);
    }

    boolean bool(String suffix) {
      String value = optional(suffix).orElse("false").toLowerCase(Locale.ROOT);
      return switch (value) {
        case "true" -> true;
        case "false" -> false;
        default -> throw invalid(suffix, value, "expected true or false");
      };
    }

    int port() {
      String value = required("port");
      try {
        int port = Integer.parseInt(value);
        if (port >= 1 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw invalid("port", value, "expected a port number from 1 to 65535");
    }

    String envName(String suffix) {
      String value = required(suffix);
      if (!ENV_NAME.matcher(value).matches()) {
        throw invalid(
            suffix,
            "(hidden)",
            "expected the NAME of an environment variable (A-Z, 0-9, _), never a credential");
      }
      return value;
    }

    Charset encoding() {
      String value = optional("encoding").orElse("UTF-8");
      return switch (value.toUpperCase(Locale.ROOT)) {
        case "UTF-8" -> StandardCharsets.UTF_8;
        case "WINDOWS-1252" -> Charset.forName("windows-1252");
        default -> throw invalid("encoding", value, "expected UTF-8 or Windows-1252");
      };
    }

    DailySchedule schedule() {
      String value = required("schedule");
      try {
        return DailySchedule.parse(value);
      } catch (IllegalArgumentException e) {
        throw invalid("schedule", value, e.getMessage());
      }
    }

    String baseUrl() {
      String value = required("base-url");
      try {
        URI uri = new URI(value);
        if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getHost() != null) {
          return value;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      throw invalid("base-url", value, "expected an http(s) URL");
    }
  }
}
