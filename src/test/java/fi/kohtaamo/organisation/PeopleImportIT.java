package fi.kohtaamo.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.api.ApiKey;
import fi.kohtaamo.platform.api.ApiKeys;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly people import over real HTTP: a file adds people, the same file again changes nothing, a full file
 * deactivates the person it leaves out, and a file with a bad row changes nothing and is answered with problem
 * details naming the row; a survey key is refused.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleImportIT {

    @ArquillianResource
    URL base;

    @Inject
    TestOrganisation made;

    @Inject
    ApiKeys apiKeys;

    @Inject
    People people;

    private static final String HEADER = "Henkilönumero;Etunimi;Sukunimi;Sähköposti;Yksikkö\n";

    private HttpResponse<String> send(String key, String query, String csv) {
        return WebClient.anonymous(base)
                .send(java.net.http.HttpRequest.newBuilder(
                                WebClient.anonymous(base).resolve("api/v1/people/import?" + query))
                        .header("Content-Type", "text/csv")
                        .header("Authorization", "Bearer " + key)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void theNightlyFileAddsPeopleOnceDeactivatesWhomAFullFileLeavesOutAndABadFileChangesNothing() {
        Unit unit = made.unit();
        String scope = unit.getParent().getCode();
        String id = UUID.randomUUID().toString().substring(0, 8);
        String key = apiKeys.create(ApiKey.Purpose.PEOPLE_IMPORT, "IT " + id, Set.of(), null)
                .secret();
        String query = "source=IT-HR-" + id + "&mode=partial";
        String anna = "A" + id + ";Anna;Import;anna." + id + "@example.com;" + unit.getCode() + "\n";
        String bo = "B" + id + ";Bo;Import;bo." + id + "@example.com;" + unit.getCode() + "\n";

        HttpResponse<String> first = send(key, query, HEADER + anna + bo);
        HttpResponse<String> again = send(key, query, HEADER + anna + bo);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).getInt("added")).isEqualTo(2);
        Person added = people.findByUsername("anna." + id).orElseThrow();
        assertThat(added.getEmployeeNumber()).isEqualTo("A" + id);
        assertThat(added.getUnit().getCode()).isEqualTo(unit.getCode());
        assertThat(json(again))
                .as("the same file again changes nothing")
                .containsEntry("added", Json.createValue(0))
                .containsEntry("changed", Json.createValue(0))
                .containsEntry("moved", Json.createValue(0))
                .containsEntry("deactivated", Json.createValue(0))
                .containsEntry("unchanged", Json.createValue(2));

        HttpResponse<String> full = send(key, "source=IT-HR-" + id + "&mode=full&scope=" + scope, HEADER + anna);

        assertThat(json(full).getInt("deactivated")).as(full.body()).isEqualTo(1);
        assertThat(people.findByUsername("bo." + id).orElseThrow().isActive()).isFalse();
        assertThat(people.findByUsername("anna." + id).orElseThrow().isActive()).isTrue();

        String cecilia = ";Cecilia;Import;cecilia." + id + "@example.com;" + unit.getCode() + "\n";
        HttpResponse<String> bad =
                send(key, query, HEADER + cecilia + ";Dan;Import;dan." + id + "@example.com;NO-SUCH-" + id + "\n");

        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(bad);
        assertThat(problem.getString("detail")).isEqualTo("1 problem(s) in the file; nothing was changed.");
        assertThat(problem.getJsonArray("errors").getJsonObject(0))
                .containsEntry("line", Json.createValue(3))
                .containsEntry("field", Json.createValue("UNIT"))
                .containsEntry(
                        "message",
                        Json.createValue(
                                "There is no unit with the code NO-SUCH-" + id + " in Kohtaamo or in the file."));
        assertThat(people.findByUsername("cecilia." + id))
                .as("nothing was changed")
                .isEmpty();

        String surveyKey =
                apiKeys.create("IT survey " + id, Set.of(unit.getId()), null).secret();
        assertThat(send(surveyKey, query, HEADER + anna).statusCode())
                .as("a key for customer responses imports nobody")
                .isEqualTo(401);
    }
}
