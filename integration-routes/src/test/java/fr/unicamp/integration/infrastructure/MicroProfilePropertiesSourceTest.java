package fr.unicamp.integration.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicroProfilePropertiesSourceTest {

  private final CamelContext camel = new DefaultCamelContext();

  @BeforeEach
  void read_placeholders_from_a_config_with_one_key() {
    Config config = configWith(Map.of("unicamp.sis.host", "sftp.univ-example.fr"));
    camel.getPropertiesComponent().addPropertiesSource(new MicroProfilePropertiesSource(config));
  }

  @AfterEach
  void close_camel() throws Exception {
    camel.close();
  }

  @Test
  void resolves_a_placeholder_from_microprofile_config() {
    assertThat(camel.resolvePropertyPlaceholders("{{unicamp.sis.host}}"))
        .isEqualTo("sftp.univ-example.fr");
  }

  @Test
  void lets_the_placeholder_default_apply_to_a_missing_key() {
    assertThat(camel.resolvePropertyPlaceholders("{{unicamp.sis.port:22}}")).isEqualTo("22");
  }

  /** Answers the one method the source uses; the real Config is the container's. */
  private static Config configWith(Map<String, String> values) {
    return (Config)
        Proxy.newProxyInstance(
            Config.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getOptionalValue")) {
                throw new UnsupportedOperationException(method.getName());
              }
              return Optional.ofNullable(values.get((String) args[0]));
            });
  }
}
