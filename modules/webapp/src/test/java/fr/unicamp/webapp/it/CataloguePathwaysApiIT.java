package fr.unicamp.webapp.it;

import static fr.unicamp.webapp.it.ApiFixtures.errorsOf;
import static fr.unicamp.webapp.it.ApiFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pathways over HTTP on PostgreSQL: stacks of micro-certifications published by several
 * universities, the hour band at activation, refused members, tenancy, roles, audit, and nothing
 * saved on refusal. Each test publishes its own micro-certifications through the REST workflow.
 */
@ExtendWith(ArquillianExtension.class)
class CataloguePathwaysApiIT {

  static final String PATHWAYS = "api/catalogue/pathways";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onPostgresql();
  }

  @ArquillianResource URL url;

  Api api;
  ApiFixtures fx;

  @BeforeEach
  void client() {
    api = new Api(url);
    fx = new ApiFixtures(api);
  }

  /** A pathway body; each member is an id, negative for an optional one. */
  private static String body(String university, String kind, String titleFr, long... members) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (long m : members) {
      list.add(
          Json.createObjectBuilder()
              .add("microCertificationId", Math.abs(m))
              .add("required", m > 0));
    }
    var builder =
        Json.createObjectBuilder().add("kind", kind).add("titleFr", titleFr).add("members", list);
    if (university != null) {
      builder.add("university", university);
    }
    return builder.build().toString();
  }

  private long create(String user, String body) {
    var reply = api.post(user, PATHWAYS, body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    long id = reply.object().getJsonNumber("id").longValue();
    assertThat(reply.header("Location")).endsWith("/" + id);
    return id;
  }

  /** Titles of every pathway the user may see, through every page; {@code query} is "&k=v...". */
  private List<String> titlesSeenBy(String user, String query) {
    String path = query.isEmpty() ? PATHWAYS : PATHWAYS + "?" + query.substring(1);
    return fx.everyItem(user, path).stream().map(p -> p.getString("titleFr")).toList();
  }

  private List<String> auditActionsOf(long id) {
    return fx.auditEventsOf("Pathway", id).stream()
        .map(e -> e.getString("action") + " by " + e.getString("actor"))
        .toList();
  }

  @Test
  void stacks_a_bloc_from_two_universities_and_activates_it_once_its_band_holds() {
    long lille = fx.published("ULILLE", uniqueCode("PW"), 30, CatalogueBodies.ANNEX);
    long rennes = fx.published("URENNES", uniqueCode("PW"), 12, CatalogueBodies.ANNEX);
    String title = uniqueCode("Bloc données");

    long id = create("staff.ulille", body("ULILLE", "BLOC", title, lille, -rennes));
    JsonObject draft = api.get("staff.ulille", PATHWAYS + "/" + id).object();
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    JsonObject hours = draft.getJsonObject("hours");
    assertThat(hours.getInt("requiredHours")).isEqualTo(30);
    assertThat(hours.getInt("totalHours")).isEqualTo(42);
    assertThat(hours.getInt("minHours")).isEqualTo(50);
    assertThat(hours.getInt("maxHours")).isEqualTo(100);
    assertThat(hours.getBoolean("withinBand")).isFalse();
    JsonObject foreign = draft.getJsonArray("members").getJsonObject(1);
    assertThat(foreign.getString("university")).isEqualTo("URENNES");
    assertThat(foreign.getInt("hours")).isEqualTo(12);
    assertThat(foreign.getBoolean("required")).isFalse();
    assertThat(foreign.getBoolean("published")).isTrue();
    assertThat(foreign.getString("code")).startsWith("PW-");

    var refused =
        api.raw(
            api.request("staff.ulille", PATHWAYS + "/" + id + "/activate")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(errorsOf(refused)).containsExactly("members:error.pathway.hours-band.min");
    assertThat(refused.object().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo(
            "All the micro-certifications together total 42 h, below the 50 h minimum of a BLOC"
                + " pathway.");
    assertThat(api.get("staff.ulille", PATHWAYS + "/" + id).object().getString("status"))
        .isEqualTo("DRAFT");

    long more = fx.published("URENNES", uniqueCode("PW"), 12, CatalogueBodies.ANNEX);
    var replaced =
        api.put(
            "staff.ulille", PATHWAYS + "/" + id, body(null, "BLOC", title, lille, rennes, more));
    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    var active = api.post("staff.ulille", PATHWAYS + "/" + id + "/activate", "");
    assertThat(active.status()).as(active.toString()).isEqualTo(200);
    assertThat(active.object().getString("status")).isEqualTo("ACTIVE");
    assertThat(active.object().getJsonObject("hours").getInt("requiredHours")).isEqualTo(54);
    assertThat(active.object().getJsonObject("hours").getBoolean("withinBand")).isTrue();

    assertThat(titlesSeenBy("staff.ulille", "&kind=BLOC")).contains(title);
    assertThat(titlesSeenBy("staff.ulille", "&kind=DIU")).doesNotContain(title);
    assertThat(titlesSeenBy("admin", "&status=ACTIVE")).contains(title);
    assertThat(auditActionsOf(id))
        .containsExactly(
            "pathway.activate by staff.ulille",
            "pathway.update by staff.ulille",
            "pathway.create by staff.ulille");
  }

  @Test
  void refuses_draft_and_unreadable_members_listing_every_rule_and_saves_nothing() {
    long ownDraft = fx.draft("ULILLE", uniqueCode("PW"), 20);
    long foreignDraft = fx.draft("URENNES", uniqueCode("PW"), 20);
    long ok = fx.published("ULILLE", uniqueCode("PW"), 25, CatalogueBodies.ANNEX);
    String title = uniqueCode("Refusé");

    var refused =
        api.post(
            "staff.ulille",
            PATHWAYS,
            body("ULILLE", "BLOC", title, foreignDraft, ownDraft, ok, ok)
                .replace("\"kind\":\"BLOC\"", "\"kind\":\"BLOC\",\"rncpBlockCode\":\"RNCP1\""));

    assertThat(errorsOf(refused))
        .containsExactly(
            "rncpBlockCode:error.pathway.rncp-block-code",
            "members[0]:error.pathway.member.unknown",
            "members[1]:error.pathway.member.not-published",
            "members[3]:error.pathway.duplicate-member");
    assertThat(refused.object().getString("type")).endsWith("/rule-violated");
    assertThat(titlesSeenBy("admin", "")).doesNotContain(title);

    long id = create("staff.ulille", body("ULILLE", "DIU", title, ok));
    String before = api.get("staff.ulille", PATHWAYS + "/" + id).body();
    assertThat(
            errorsOf(api.put("staff.ulille", PATHWAYS + "/" + id, body(null, "DIU", "", ownDraft))))
        .containsExactly("titleFr:error.required", "members[0]:error.pathway.member.not-published");
    assertThat(api.get("staff.ulille", PATHWAYS + "/" + id).body()).isEqualTo(before);
    assertThat(auditActionsOf(id)).containsExactly("pathway.create by staff.ulille");
  }

  @Test
  void another_universitys_pathway_answers_404_everywhere() {
    long member = fx.published("ULILLE", uniqueCode("PW"), 30, CatalogueBodies.ANNEX);
    String title = uniqueCode("Lille seulement");
    long id = create("staff.ulille", body("ULILLE", "BLOC", title, member));
    String path = PATHWAYS + "/" + id;

    assertThat(api.get("staff.urennes", path).status()).isEqualTo(404);
    assertThat(api.put("staff.urennes", path, body(null, "BLOC", "Pris", member)).status())
        .isEqualTo(404);
    assertThat(api.post("staff.urennes", path + "/activate", "").status()).isEqualTo(404);
    assertThat(api.raw(api.request("staff.urennes", path).DELETE()).status()).isEqualTo(404);
    assertThat(api.post("staff.urennes", PATHWAYS, body("ULILLE", "BLOC", title, member)).status())
        .isEqualTo(404);
    assertThat(titlesSeenBy("staff.urennes", "")).doesNotContain(title);
    assertThat(titlesSeenBy("admin", "")).containsOnlyOnce(title);
    assertThat(api.get("staff.ulille", path).object().getString("titleFr")).isEqualTo(title);
  }

  @Test
  void finance_and_auditors_read_pathways_but_change_none() {
    long member = fx.published("ULILLE", uniqueCode("PW"), 30, CatalogueBodies.ANNEX);
    String title = uniqueCode("Lecture");
    long id = create("staff.ulille", body("ULILLE", "BLOC", title, member));

    var finance = api.post("finance", PATHWAYS, body("ULILLE", "BLOC", uniqueCode("F"), member));
    assertThat(finance.status()).as(finance.toString()).isEqualTo(403);
    assertThat(finance.object().getString("type")).endsWith("/forbidden");
    assertThat(api.post("finance", PATHWAYS + "/" + id + "/activate", "").status()).isEqualTo(403);
    assertThat(
            api.post("auditor", PATHWAYS, body("ULILLE", "BLOC", uniqueCode("A"), member)).status())
        .isEqualTo(403);
    assertThat(api.get("finance", PATHWAYS + "/" + id).status()).isEqualTo(200);
    assertThat(api.get("auditor", PATHWAYS + "/" + id).status()).isEqualTo(200);
    assertThat(auditActionsOf(id)).containsExactly("pathway.create by staff.ulille");
  }

  @Test
  void closes_an_active_pathway_deletes_only_drafts_and_rejects_unknown_filters() {
    long a = fx.published("ULILLE", uniqueCode("PW"), 30, CatalogueBodies.ANNEX);
    long b = fx.published("UROUEN", uniqueCode("PW"), 20, CatalogueBodies.ANNEX);
    long active = create("staff.ulille", body("ULILLE", "BLOC", uniqueCode("Actif"), a, b));
    long draft = create("staff.ulille", body("ULILLE", "BLOC", uniqueCode("Brouillon"), a));
    assertThat(api.post("admin", PATHWAYS + "/" + active + "/activate", "").status())
        .isEqualTo(200);

    assertThat(errorsOf(api.raw(api.request("staff.ulille", PATHWAYS + "/" + active).DELETE())))
        .containsExactly("status:error.pathway.transition");
    var closed = api.post("staff.ulille", PATHWAYS + "/" + active + "/close", "");
    assertThat(closed.object().getString("status")).isEqualTo("CLOSED");
    assertThat(closed.object().containsKey("closedAt")).isTrue();
    assertThat(
            errorsOf(api.put("staff.ulille", PATHWAYS + "/" + active, body(null, "BLOC", "X", a))))
        .containsExactly("status:error.pathway.transition");

    var deleted = api.raw(api.request("staff.ulille", PATHWAYS + "/" + draft).DELETE());
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(api.get("staff.ulille", PATHWAYS + "/" + draft).status()).isEqualTo(404);
    assertThat(auditActionsOf(draft)).contains("pathway.delete by staff.ulille");

    assertThat(errorsOf(api.get("staff.ulille", PATHWAYS + "?kind=MASTER")))
        .containsExactly("kind:error.code.unknown");
  }
}
