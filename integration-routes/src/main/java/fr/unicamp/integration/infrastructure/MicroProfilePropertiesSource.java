package fr.unicamp.integration.infrastructure;

import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.Config;

/**
 * Lets routes use {@code {{unicamp.some.key}}} placeholders resolved by MicroProfile Config, so
 * routes, services and {@code UNICAMP_*} environment variables share one configuration.
 */
public class MicroProfilePropertiesSource implements PropertiesSource {

  private final Config config;

  public MicroProfilePropertiesSource(Config config) {
    this.config = config;
  }

  @Override
  public String getName() {
    return "microprofile-config";
  }

  @Override
  public String getProperty(String name) {
    return config.getOptionalValue(name, String.class).orElse(null);
  }
}
