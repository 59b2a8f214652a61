package fr.unicamp.integration.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A file server for connector tests, registered with {@code @RegisterExtension}: each test gets a
 * fresh server on a random port of 127.0.0.1, one user with a random password, and a home folder in
 * its own temporary directory, deleted after the test.
 */
public abstract class EmbeddedFileServer implements BeforeEachCallback, AfterEachCallback {

  private static final String HOST = "127.0.0.1";

  private final String user = "sis-exchange";
  private final String password = "pw-" + UUID.randomUUID();
  private Path workDir;
  private Path home;
  private int port;

  /** Starts the server on a free port of {@link #host()} serving {@code home}; returns the port. */
  protected abstract int start(Path home, Path workDir) throws Exception;

  protected abstract void stop() throws Exception;

  /** The URI scheme a Camel consumer uses to reach this server. */
  public abstract String scheme();

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    workDir = Files.createTempDirectory(getClass().getSimpleName());
    home = Files.createDirectory(workDir.resolve("home"));
    port = start(home, workDir);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      stop();
    } finally {
      if (workDir != null) {
        deleteRecursively(workDir);
      }
    }
  }

  private static void deleteRecursively(Path workDir) throws IOException {
    try (Stream<Path> paths = Files.walk(workDir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  public String host() {
    return HOST;
  }

  public int port() {
    return port;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public Path home() {
    return home;
  }

  /**
   * Puts a file in {@code folder} (relative to the home) the way a careful sender does: written
   * under another name outside the home, then renamed into place, so no reader sees it half done.
   */
  public Path drop(String folder, String name, String content) throws IOException {
    Path target = Files.createDirectories(home.resolve(folder)).resolve(name);
    Path staged = Files.writeString(Files.createTempFile(workDir, name, ".part"), content);
    return Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Names of the regular files in {@code folder} (relative to the home), sorted; none if absent.
   */
  public List<String> files(String folder) throws IOException {
    Path dir = home.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.list(dir)) {
      return paths
          .filter(Files::isRegularFile)
          .map(path -> path.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  public String read(String folder, String name) throws IOException {
    return Files.readString(home.resolve(folder).resolve(name));
  }
}
