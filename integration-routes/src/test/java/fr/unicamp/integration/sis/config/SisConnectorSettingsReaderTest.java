package fr.unicamp.integration.sis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.unicamp.common.domain.university.UniversityCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SisConnectorSettingsReaderTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  private final Map<String, String> props = new HashMap<>();
  private final SisConnectorSettingsReader reader =
      new SisConnectorSettingsReader(key -> Optional.ofNullable(props.get(key)));

  private void sftp() {
    set("kind", "csv-sftp");
    set("enabled", "true");
    set("host", "127.0.0.1");
    set("port", "2222");
    set("path", "sis/ulille");
    set("username-env", "UNICAMP_SIS_ULILLE_USER");
    set("password-env", "UNICAMP_SIS_ULILLE_PASSWORD");
    set("encoding", "Windows-1252");
    set("schedule", "30 2 * * *");
  }

  private void set(String key, String value) {
    props.put("unicamp.university.ULILLE.sis." + key, value);
  }

  @Test
  void reads_a_file_connector() {
    sftp();

    SisConnectorSettings s = reader.read(ULILLE).orElseThrow();

    assertThat(s.kind()).isEqualTo(ConnectorKind.CSV_SFTP);
    assertThat(s.enabled()).isTrue();
    assertThat(s.host()).isEqualTo("127.0.0.1");
    assertThat(s.port()).isEqualTo(2222);
    assertThat(s.outbox()).isEqualTo("sis/ulille/outbox");
    assertThat(s.inbox()).isEqualTo("sis/ulille/inbox");
    assertThat(s.usernameEnv()).contains("UNICAMP_SIS_ULILLE_USER");
    assertThat(s.secretEnv()).isEqualTo("UNICAMP_SIS_ULILLE_PASSWORD");
    assertThat(s.encoding()).isEqualTo(Charset.forName("windows-1252"));
    assertThat(s.schedule().at()).isEqualTo(LocalTime.of(2, 30));
    assertThat(s.routeId("import")).isEqualTo("ULILLE-csv-sftp-import");
  }

  @Test
  void reads_a_rest_connector_with_defaults() {
    set("kind", "rest");
    set("base-url", "http://127.0.0.1:8089/api/ins/ext/v2");
    set("token-env", "UNICAMP_SIS_ULILLE_TOKEN");
    set("schedule", "0 3 * * *");

    SisConnectorSettings s = reader.read(ULILLE).orElseThrow();

    assertThat(s.kind()).isEqualTo(ConnectorKind.REST);
    assertThat(s.enabled()).as("disabled unless said").isFalse();
    assertThat(s.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:8089/api/ins/ext/v2");
    assertThat(s.usernameEnv()).isEmpty();
  }

  @Test
  void a_university_without_kind_has_no_connector() {
    assertThat(reader.readAll(List.of(ULILLE, UniversityCode.of("UBO")))).isEmpty();
  }

  @Test
  void names_the_university_and_key_of_each_mistake() {
    sftp();
    set("kind", "csv-smb");
    assertThatThrownBy(() -> reader.read(ULILLE))
        .hasMessageContaining("ULILLE")
        .hasMessageContaining("unicamp.university.ULILLE.sis.kind='csv-smb'");
    sftp();
    set("port", "70000");
    assertThatThrownBy(() -> reader.read(ULILLE))
        .hasMessageContaining("unicamp.university.ULILLE.sis.port");
    sftp();
    set("encoding", "ISO-8859-15");
    assertThatThrownBy(() -> reader.read(ULILLE))
        .hasMessageContaining("unicamp.university.ULILLE.sis.encoding");
    sftp();
    set("schedule", "*/5 * * * *");
    assertThatThrownBy(() -> reader.read(ULILLE))
        .hasMessageContaining("unicamp.university.ULILLE.sis.schedule");
    sftp();
    props.remove("unicamp.university.ULILLE.sis.host");
    assertThatThrownBy(() -> reader.read(ULILLE))
        .hasMessageContaining("unicamp.university.ULILLE.sis.host is required");
    sftp();
    set("enabled", "yes");
    assertThatThrownBy(() -> reader.read(ULILLE))
        .hasMessageContaining("unicamp.university.ULILLE.sis.enabled");
  }

  @Test
  void refuses_a_credential_where_a_variable_name_belongs_without_echoing_it() {
    sftp();
    set("password-env", "s3cret!pass");

    assertThatThrownBy(() -> reader.read(ULILLE))
        .hasMessageContaining("unicamp.university.ULILLE.sis.password-env")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void a_daily_schedule_is_due_from_its_time_of_day_in_paris() {
    DailySchedule schedule = DailySchedule.parse("30 2 * * *");

    assertThat(schedule.dueDate(ZonedDateTime.parse("2026-11-30T01:29:00Z"))).isEmpty();
    assertThat(schedule.dueDate(ZonedDateTime.parse("2026-11-30T01:30:00Z")))
        .contains(LocalDate.of(2026, 11, 30));
    assertThatThrownBy(() -> DailySchedule.parse("30 24 * * *"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
