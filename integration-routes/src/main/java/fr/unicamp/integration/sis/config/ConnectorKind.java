package fr.unicamp.integration.sis.config;

import java.util.Arrays;
import java.util.Optional;

/** How a university's SIS is reached; the configuration names it by {@link #key()}. */
public enum ConnectorKind {
  CSV_SFTP("csv-sftp", "sftp"),
  CSV_FTP("csv-ftp", "ftp"),
  REST("rest", null);

  private final String key;
  private final String scheme;

  ConnectorKind(String key, String scheme) {
    this.key = key;
    this.scheme = scheme;
  }

  /**
   * The value in configuration and the middle part of route ids ({@code ULILLE-csv-sftp-import}).
   */
  public String key() {
    return key;
  }

  /** The Camel scheme of a file connector; empty for {@link #REST}. */
  public Optional<String> scheme() {
    return Optional.ofNullable(scheme);
  }

  public boolean isFile() {
    return scheme != null;
  }

  public static Optional<ConnectorKind> fromKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
