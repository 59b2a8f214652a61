package fr.unicamp.common.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The repository's {@code config/} folder as a MicroProfile ConfigSource: runtime defaults and the
 * 19 universities. Its ordinal (150) sits below environment variables (300) and system properties
 * (400), so {@code UNICAMP_*} variables override every key.
 */
public class UnicampConfigSource implements ConfigSource {

  static final String[] FILES = {
    "unicamp/application.properties", "unicamp/universities.properties"
  };

  private final Map<String, String> properties = load();

  private static Map<String, String> load() {
    Map<String, String> all = new HashMap<>();
    ClassLoader loader = UnicampConfigSource.class.getClassLoader();
    for (String file : FILES) {
      try (InputStream in = loader.getResourceAsStream(file)) {
        if (in == null) {
          continue;
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read configuration " + file, e);
      }
    }
    return Map.copyOf(all);
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public Map<String, String> getProperties() {
    return properties;
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return "unicamp-config";
  }

  @Override
  public int getOrdinal() {
    return 150;
  }
}
