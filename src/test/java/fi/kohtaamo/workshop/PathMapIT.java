package fi.kohtaamo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer-path map's endpoint over real HTTP, as the facilitator's editor uses it: a supervisor starts a map,
 * autosaves it, turns a bounce into a commitment and downloads it as SVG, PNG and the session PDF; bad input is
 * answered as problem details naming the field and nothing changes; a save from an older version is refused with the
 * newer map (the first save wins); another unit's supervisor finds nothing at all.
 */
@ExtendWith(ArquillianExtension.class)
class PathMapIT {

    @ArquillianResource
    URL base;

    @Inject
    TestOrganisation made;

    @Inject
    Sessions sessions;

    private static final String LANES = """
            "lanes": [{"id": "customer", "name": "Customer"}, {"id": "paint", "name": "Paint desk"},
                      {"id": "tools", "name": "Tool desk"}]""";

    private static final String POINTS = """
            "touchpoints": [
              {"id": "t1", "lane": "customer", "text": "Asks about a deck stain", "marks": [], "emotion": 0},
              {"id": "t2", "lane": "paint", "text": "Sent to the tool desk", "marks": ["bounce"], "emotion": %d},
              {"id": "t3", "lane": "tools", "text": "Waits for someone who knows", "marks": ["wait"], "emotion": -1}]""";

    @Test
    void theSupervisorBuildsAMapAndOnlyTheFirstOfTwoSavesWins() {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.SUPERVISOR);
        Person employee = made.person(unit, Set.of(), Role.EMPLOYEE);
        Unit other = made.unit();
        Person stranger = made.person(other, Set.of(other), Role.SUPERVISOR);
        WorkshopSession session = sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(),
                        "customer-path",
                        LocalDate.now(OrganisationZone.ZONE).plusDays(20).atTime(10, 0),
                        105,
                        "Neuvotteluhuone",
                        null,
                        Set.of(employee.getId()),
                        null),
                Locale.ENGLISH);
        WebClient web = WebClient.signedIn(base, supervisor.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en");
        String maps = "workshop/path-map?session=" + session.getId();

        HttpResponse<String> created = send(web, "POST", maps, "{\"name\": \"Today's path\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject map = json(created);
        assertThat(map.getString("name")).isEqualTo("Today's path");
        assertThat(map.getJsonArray("lanes")).hasSize(2);
        long id = map.getJsonNumber("id").longValue();
        long version = map.getJsonNumber("version").longValue();
        String path = "workshop/path-map?map=" + id;

        HttpResponse<String> saved = send(web, "PUT", path, body(version, -2));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        long next = json(saved).getJsonNumber("version").longValue();
        assertThat(next).isGreaterThan(version);

        HttpResponse<String> late = send(web, "PUT", path, body(version, 1));
        assertThat(late.statusCode()).as("a save from the version before").isEqualTo(409);
        assertThat(late.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonObject current = json(late).getJsonObject("current");
        assertThat(current.getJsonNumber("version").longValue()).isEqualTo(next);
        assertThat(current.getJsonArray("touchpoints").getJsonObject(1).getInt("emotion"))
                .as("the first save's feeling is kept")
                .isEqualTo(-2);

        HttpResponse<String> bad = send(web, "PUT", path, body(next, 5));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonObject error = json(bad).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("touchpoints[1].emotion");
        assertThat(error.getString("message")).isEqualTo("The feeling is a whole number from −2 to +2.");
        HttpResponse<String> asText = web.send(HttpRequest.newBuilder(web.resolve(path))
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(body(next, 0))));
        assertThat(asText.statusCode())
                .as("only JSON, which no cross-site form can send")
                .isEqualTo(415);
        JsonObject kept = json(web.get(path));
        assertThat(kept.getJsonNumber("version").longValue())
                .as("nothing changed")
                .isEqualTo(next);

        HttpResponse<String> committed =
                send(web, "POST", path + "&commit=t2", "{\"what\": \"The paint desk walks the customer over\"}");
        assertThat(committed.statusCode()).as(committed.body()).isEqualTo(200);
        long commitmentId = json(committed)
                .getJsonArray("touchpoints")
                .getJsonObject(1)
                .getJsonNumber("commitmentId")
                .longValue();
        List<Commitment> commitments = sessions.commitmentsOf(session);
        assertThat(commitments).extracting(Commitment::getId).containsExactly(commitmentId);
        assertThat(commitments.get(0).getFactor())
                .as("a bounce is about processes by default")
                .isEqualTo(Factor.PROCESSES);
        assertThat(json(committed).getJsonObject("commitments").getString(Long.toString(commitmentId)))
                .isEqualTo("The paint desk walks the customer over");
        HttpResponse<String> notMarked = send(web, "POST", path + "&commit=t1", "{\"what\": \"Something\"}");
        assertThat(notMarked.statusCode()).isEqualTo(400);
        assertThat(json(notMarked).getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Only a bounce or a wait becomes a commitment here.");

        HttpResponse<byte[]> svg = web.bytes(path + "&format=svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(new String(svg.body(), StandardCharsets.UTF_8))
                .contains("<svg", "Paint desk", "Tool desk", "Bounce", "Wait", "Commitment");
        HttpResponse<byte[]> png = web.bytes(path + "&format=png");
        assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
        HttpResponse<byte[]> pdf = web.bytes(maps + "&format=pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        WebClient outsider = WebClient.signedIn(base, stranger.getUsername(), TestOrganisation.PASSWORD);
        assertThat(outsider.get(maps).statusCode()).isEqualTo(404);
        assertThat(outsider.get(path).statusCode()).isEqualTo(404);
        assertThat(outsider.bytes(path + "&format=svg").statusCode()).isEqualTo(404);
        HttpResponse<String> overwrite = send(outsider, "PUT", path, body(next + 1, 0));
        assertThat(overwrite.statusCode()).isEqualTo(404);
        assertThat(overwrite.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(send(outsider, "POST", maps, "{\"name\": \"Mine\"}").statusCode())
                .isEqualTo(404);
        WebClient staff = WebClient.signedIn(base, employee.getUsername(), TestOrganisation.PASSWORD);
        assertThat(staff.get(maps).statusCode())
                .as("web.xml lets no employee in")
                .isEqualTo(403);
    }

    private static String body(long version, int emotion) {
        return "{\"version\": " + version + ", \"name\": \"Today's path\", " + LANES + ", " + POINTS.formatted(emotion)
                + "}";
    }

    private static HttpResponse<String> send(WebClient web, String method, String path, String json) {
        return web.send(HttpRequest.newBuilder(web.resolve(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
