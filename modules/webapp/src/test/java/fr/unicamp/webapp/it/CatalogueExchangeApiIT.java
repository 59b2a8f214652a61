package fr.unicamp.webapp.it;

import static fr.unicamp.webapp.it.ApiFixtures.MC;
import static fr.unicamp.webapp.it.ApiFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue's CSV exchanges over HTTP, on PostgreSQL: the bulk import of drafts (all or
 * nothing, every bad line listed, tenancy and roles) and the French-Excel export.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueExchangeApiIT {

  static final String IMPORT = MC + "/import";
  static final String HEADER =
      "code;titleFr;titleEn;hours;learningOutcomesFr;ects;eqfLevel;assessmentType;"
          + "participationForm;qualityAssurance;identityVerification;attendanceThresholdPercent;"
          + "price\r\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onPostgresql();
  }

  @ArquillianResource URL url;

  Api api;

  @BeforeEach
  void client() {
    api = new Api(url);
  }

  private static String line(String code, int hours) {
    return code
        + ";Cybersécurité pour les PME;Cybersecurity for SMEs;"
        + hours
        + ";Évaluer les risques | Choisir des mesures;0,75;6;AUTHENTIC_TASK;BLENDED;QUALIOPI;"
        + "SUPERVISED_WITH_ID_CHECK;80;120,00\r\n";
  }

  private Api.Reply importCsv(String user, byte[] data, String contentType) {
    return api.raw(
        api.request(user, IMPORT)
            .header("Content-Type", contentType)
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofByteArray(data)));
  }

  private Api.Reply importCsv(String user, String csv) {
    return importCsv(user, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
  }

  /** The field errors of a refused import, in English (the import requests ask for it). */
  private static List<String> errorsOf(Api.Reply reply) {
    List<String> errors = ApiFixtures.errorsOf(reply);
    assertThat(reply.object().getString("title")).isEqualTo("Rules violated");
    return errors;
  }

  /** Whether {@code user} sees a micro-certification with this code (any status). */
  private boolean exists(String user, String code) {
    return api.get(user, MC.replace("micro-certifications", "micro-certifications.csv"))
        .body()
        .contains(";" + code + ";");
  }

  @Test
  void imports_a_good_file_as_described_drafts_and_audits_each() {
    String a = uniqueCode("IO");
    String b = uniqueCode("IO");
    var reply = importCsv("staff.ulille", "\uFEFF" + HEADER + line(a, 20) + line(b, 7));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.object().getInt("created")).isEqualTo(2);
    JsonObject first = reply.object().getJsonArray("items").getJsonObject(0);
    assertThat(first.getString("code")).isEqualTo(a);
    long id = first.getJsonNumber("id").longValue();
    JsonObject stored = api.get("staff.ulille", MC + "/" + id).object();
    assertThat(stored.getString("status")).isEqualTo("DRAFT");
    assertThat(stored.getString("university")).isEqualTo("ULILLE");
    assertThat(stored.getString("titleFr")).isEqualTo("Cybersécurité pour les PME");
    assertThat(stored.getJsonArray("learningOutcomesFr")).hasSize(2);
    assertThat(stored.getJsonNumber("ects").bigDecimalValue()).isEqualByComparingTo("0.75");
    assertThat(stored.getString("price")).isEqualTo("120.00");
    List<String> actions =
        api.get("admin", "api/audit?limit=200").object().getJsonArray("items").stream()
            .map(e -> e.asJsonObject())
            .filter(e -> String.valueOf(id).equals(e.getString("objectId", "")))
            .map(e -> e.getString("action"))
            .toList();
    assertThat(actions).contains("micro-certification.draft", "micro-certification.describe");
  }

  @Test
  void refuses_a_file_with_one_bad_line_listing_it_and_creates_nothing() {
    String good = uniqueCode("IO");
    String bad = uniqueCode("IO");
    String file = HEADER + line(good, 20) + line(bad, 31) + line(good, 12);

    assertThat(errorsOf(importCsv("staff.ulille", file)))
        .containsExactly(
            "line[3].hours:error.hours.range", "line[4].code:error.import.duplicate-in-file");
    assertThat(exists("staff.ulille", good)).as("nothing created").isFalse();
    assertThat(importCsv("staff.ulille", HEADER + line(good, 20)).status())
        .as("the good line's code is still free")
        .isEqualTo(201);
  }

  @Test
  void refuses_codes_that_exist_already() {
    String a = uniqueCode("IO");
    String b = uniqueCode("IO");
    assertThat(importCsv("staff.ulille", HEADER + line(a, 20)).status()).isEqualTo(201);

    assertThat(errorsOf(importCsv("staff.ulille", HEADER + line(b, 20) + line(a, 20))))
        .containsExactly("line[3].code:error.micro-certification.duplicate-code");
    assertThat(exists("staff.ulille", b)).isFalse();
  }

  @Test
  void keeps_staff_to_their_university_and_refuses_finance_and_auditors() {
    String code = uniqueCode("IO");
    String file = "university;" + HEADER + "ULILLE;" + line(code, 20);

    assertThat(errorsOf(importCsv("staff.urennes", file)))
        .containsExactly("line[2].university:error.import.foreign-university");
    var finance = importCsv("finance", file);
    assertThat(finance.status()).as(finance.toString()).isEqualTo(403);
    assertThat(importCsv("auditor", file).status()).isEqualTo(403);
    assertThat(exists("admin", code)).isFalse();

    var admin = importCsv("admin", file);
    assertThat(admin.status()).as(admin.toString()).isEqualTo(201);
    assertThat(admin.object().getJsonArray("items").getJsonObject(0).getString("university"))
        .isEqualTo("ULILLE");
  }

  @Test
  void reads_windows_1252_when_the_content_type_says_so_and_refuses_it_as_utf8() {
    Charset windows1252 = Charset.forName("windows-1252");
    String code = uniqueCode("IO");
    byte[] file =
        ("code;titleFr;hours\r\n" + code + ";Éco-conception numérique;14\r\n")
            .getBytes(windows1252);

    assertThat(errorsOf(importCsv("staff.ulille", file, "text/csv")))
        .containsExactly("line[2].titleFr:error.csv.encoding");
    var reply = importCsv("staff.ulille", file, "text/csv; charset=windows-1252");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.object().getJsonArray("items").getJsonObject(0).getString("titleFr"))
        .isEqualTo("Éco-conception numérique");
    assertThat(errorsOf(importCsv("staff.ulille", "code,titleFr,hours\r\nX,Y,12\r\n")))
        .containsExactly("line[1]:error.csv.delimiter");
  }

  @Test
  void exports_the_published_catalogue_for_french_excel() {
    String code = uniqueCode("IO");
    var created = importCsv("staff.ulille", HEADER + line(code, 24));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id =
        created.object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    String path = MC + "/" + id;
    assertThat(
            api.put("staff.ulille", path + "/competencies", CatalogueBodies.COMPETENCIES).status())
        .isEqualTo(200);
    assertThat(
            api.put("staff.ulille", path + "/sustainability-plan", CatalogueBodies.PLAN).status())
        .isEqualTo(200);
    assertThat(api.post("staff.ulille", path + "/submit", "{}").status()).isEqualTo(200);
    assertThat(
            api.post(
                    "admin",
                    path + "/approve",
                    "{\"reviewer\":\"Pr. Martin\",\"reviewedOn\":\"2026-01-15\",\"verdict\":\"FAVOURABLE\","
                        + "\"opinion\":\"Favorable\"}")
                .status())
        .isEqualTo(200);
    String informed = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString();
    assertThat(
            api.post("staff.ulille", path + "/publish", "{\"cfvuInformedOn\":\"" + informed + "\"}")
                .status())
        .isEqualTo(200);

    var export =
        api.get("staff.urennes", "api/catalogue/micro-certifications.csv?status=PUBLISHED");
    assertThat(export.status()).as(export.toString()).isEqualTo(200);
    assertThat(export.header("Content-Type")).startsWith("text/csv");
    assertThat(export.header("Content-Disposition"))
        .startsWith("attachment; filename=\"unicamp-catalogue-published-");
    String body = export.body();
    assertThat(body).startsWith("\uFEFFid;status;university;code;titleFr;titleEn;hours;");
    assertThat(body.lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(id + ";PUBLISHED;ULILLE;" + code + ";Cybersécurité pour les PME;")
                    .contains(";Évaluer les risques | Choisir des mesures;")
                    .contains(";0,75;6;AUTHENTIC_TASK;BLENDED;QUALIOPI;")
                    .endsWith(";120,00;;;"));
    assertThat(body.lines().skip(1)).allMatch(l -> l.contains(";PUBLISHED;"));

    String drafts =
        api.get("staff.urennes", "api/catalogue/micro-certifications.csv?status=DRAFT").body();
    assertThat(drafts.lines().skip(1)).noneMatch(l -> l.contains(";ULILLE;"));
    assertThat(
            api.get("staff.urennes", "api/catalogue/micro-certifications.csv?status=NOPE").status())
        .isEqualTo(422);
  }
}
