package fi.kohtaamo.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kohtaamo.KohtaamoDeployment;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.survey.control.ApiKeys;
import fi.kohtaamo.survey.control.UnitResults;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ingestion API over real HTTP: API keys, validation as problem details, all-or-nothing batches, duplicates. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment
    static WebArchive deployment() {
        return KohtaamoDeployment.inContainer();
    }

    @ArquillianResource
    URL base;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Units units;

    @Inject
    UnitResults results;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String key, String json) throws Exception {
        return post("api/v1/responses", key, json);
    }

    private HttpResponse<String> post(String path, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String keyFor(String... unitCodes) {
        Set<Long> ids = new java.util.HashSet<>();
        for (String code : unitCodes) {
            ids.add(units.findByCode(code).orElseThrow().getId());
        }
        return apiKeys.create("test " + UUID.randomUUID(), ids, null).secret();
    }

    @Test
    void aValidBatchIsStoredOnceAndItsDuplicatesAreSkipped() throws Exception {
        String key = keyFor("TKU-ASTU");
        String id = UUID.randomUUID().toString();
        String batch = "[{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-01T10:00:00+03:00\",\"nps\":10,\"csat\":5,"
                + "\"channel\":\"phone\",\"externalId\":\"" + id + "-1\"},"
                + "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-02T11:00:00\",\"nps\":4,\"externalId\":\"" + id
                + "-2\"}]";
        long before = june2025();

        HttpResponse<String> first = post(key, batch);
        HttpResponse<String> again = post(key, batch);

        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"added\":2"), first.body());
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"duplicates\":2"), again.body());
        assertEquals(before + 2, june2025());
    }

    @Test
    void invalidFieldsAreNamedAndNothingOfTheBatchIsStored() throws Exception {
        String key = keyFor("TKU-ASTU");
        long before = june2025();
        String batch = "[{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-03T10:00:00\",\"nps\":9},"
                + "{\"unit\":\"HKI-KAMPPI\",\"answeredAt\":\"yesterday\",\"nps\":11,\"csat\":0}]";

        HttpResponse<String> response = post(key, batch);

        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        for (String field : new String[] {"\"unit\"", "\"answeredAt\"", "\"nps\"", "\"csat\""}) {
            assertTrue(response.body().contains("\"field\":" + field), field + " in " + response.body());
        }
        assertTrue(response.body().contains("\"index\":1"));
        assertEquals(before, june2025(), "the valid first item was not stored either");
    }

    @Test
    void withoutAValidKeyNothingIsAccepted() throws Exception {
        String json = "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-04T10:00:00\",\"nps\":9}";
        assertEquals(401, post(null, json).statusCode());
        assertEquals(401, post("kh_not-a-real-key", json).statusCode());

        String key = keyFor("TKU-ASTU");
        var created = apiKeys.authenticate(key).orElseThrow();
        apiKeys.revoke(created.getId());
        assertEquals(401, post(key, json).statusCode(), "a revoked key");
        assertEquals(400, post(keyFor("TKU-ASTU"), "{not json").statusCode());
    }

    @Test
    void aBodyThatIsNotObjectsIsRefusedWithProblemDetailsOnBothEndpoints() throws Exception {
        String key = keyFor("TKU-ASTU");
        for (String path : List.of("api/v1/responses", "api/v1/visits")) {
            for (String body : List.of("42", "[{\"unit\":\"TKU-ASTU\"}, 2]", "{not json")) {
                HttpResponse<String> response = post(path, key, body);

                assertEquals(400, response.statusCode(), path + " " + body);
                assertTrue(
                        response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        path + " " + body);
                assertTrue(response.body().contains("\"title\":\"Invalid"), response.body());
            }
        }
    }

    private long june2025() {
        return results
                .monthly(Set.of(units.findByCode("TKU-ASTU").orElseThrow().getId()), LocalDate.of(2025, 6, 1))
                .stream()
                .filter(m -> m.month().equals(LocalDate.of(2025, 6, 1)))
                .mapToLong(UnitResults.Month::responses)
                .findFirst()
                .orElse(0);
    }

    @Test
    void visitsRegisterOnlyForTheKeysUnitsAndEveryInvalidFieldIsNamed() throws Exception {
        String key = keyFor("TKU-ASTU");
        String visitedAt =
                java.time.OffsetDateTime.now().minusHours(1).withNano(0).toString();
        String id = UUID.randomUUID().toString();
        String valid = "{\"unit\":\"TKU-ASTU\",\"visitedAt\":\"" + visitedAt
                + "\",\"email\":\"asiakas@example.com\",\"language\":\"fi\",\"visitId\":\"" + id + "\"}";

        HttpResponse<String> refused = post(
                "api/v1/visits",
                key,
                "[" + valid + ",{\"unit\":\"HKI-KAMPPI\",\"visitedAt\":\"yesterday\",\"email\":\"nobody\"}]");
        HttpResponse<String> first = post("api/v1/visits", key, valid);
        HttpResponse<String> again = post("api/v1/visits", key, valid);
        HttpResponse<String> anonymous = post("api/v1/visits", null, valid);

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem =
                Json.createReader(new java.io.StringReader(refused.body())).readObject();
        assertEquals(
                List.of("unit", "visitedAt", "email"),
                problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .toList());
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("{\"registered\":1,\"duplicates\":0}", first.body());
        assertEquals("{\"registered\":0,\"duplicates\":1}", again.body());
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void theOpenApiDocumentIsPublic() throws Exception {
        HttpResponse<String> document = http.send(
                HttpRequest.newBuilder(URI.create(base + "openapi")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, document.statusCode());
        assertEquals(
                "application/yaml;charset=UTF-8",
                document.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertTrue(document.body().contains("/api/v1/visits:"), document.body());
    }
}
