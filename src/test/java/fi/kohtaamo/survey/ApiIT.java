package fi.kohtaamo.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.platform.api.ApiKeys;
import fi.kohtaamo.platform.web.ApiProblem;
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
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ingestion API over real HTTP: API keys, validation as problem details, all-or-nothing batches, duplicates. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

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

    private long month2025(int month) {
        LocalDate first = LocalDate.of(2025, month, 1);
        return results.monthly(Set.of(units.findByCode("TKU-ASTU").orElseThrow().getId()), first).stream()
                .filter(m -> m.month().equals(first))
                .mapToLong(m -> m.tally().total())
                .sum();
    }

    private long june2025() {
        return results
                .monthly(Set.of(units.findByCode("TKU-ASTU").orElseThrow().getId()), LocalDate.of(2025, 6, 1))
                .stream()
                .filter(m -> m.month().equals(LocalDate.of(2025, 6, 1)))
                .mapToLong(m -> m.tally().total())
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

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""),
                response.body());
        JsonObject problem =
                Json.createReader(new java.io.StringReader(response.body())).readObject();
        assertEquals(status, problem.getInt("status"), response.body());
        assertFalse(problem.getString("title").isBlank(), response.body());
        assertTrue(response.headers().firstValue("Server").isEmpty(), "no server banner");
    }

    private static String responses(int count, String id) {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append("{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-04T10:00:00\",\"nps\":7,")
                    .append("\"externalId\":\"")
                    .append(id)
                    .append('-')
                    .append(i)
                    .append("\"}");
        }
        return batch.append(']').toString();
    }

    @Test
    void aBatchOverTheLimitsIsRefusedWith413AndNothingIsStored() throws Exception {
        String key = keyFor("TKU-ASTU");
        String id = UUID.randomUUID().toString();
        long before = june2025();
        String padding = "x".repeat(4000);
        StringBuilder large = new StringBuilder("[");
        for (int i = 0; large.length() <= ApiProblem.MAX_BODY_BYTES; i++) {
            large.append(i == 0 ? "" : ",")
                    .append("{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-04T10:00:00\",\"nps\":7,")
                    .append("\"comment\":\"")
                    .append(padding)
                    .append("\"}");
        }
        byte[] tooLarge = large.append(']').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertProblem(413, post(key, responses(ApiProblem.MAX_ITEMS + 1, id)));
        String declared = declaringTwoGigabytes(key);
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains("application/problem+json"), declared);
        assertTrue(declared.contains("\"status\":413"), declared);
        assertProblem(
                413,
                send(HttpRequest.newBuilder(URI.create(base + "api/v1/responses"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(tooLarge)))));
        assertProblem(413, post("api/v1/visits", key, responses(ApiProblem.MAX_ITEMS + 1, id)));
        assertEquals(before, june2025());

        HttpResponse<String> atTheLimit = post(key, responses(ApiProblem.MAX_ITEMS, id));
        assertEquals(201, atTheLimit.statusCode(), atTheLimit.body());
        assertEquals(before + ApiProblem.MAX_ITEMS, june2025());
    }

    /**
     * Posts only the headers of a body declared two gigabytes long, as a raw socket, and returns the whole answer: it
     * must come before any of the body is sent (HttpClient would still be writing when the server closes).
     */
    private String declaringTwoGigabytes(String key) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("POST " + base.getPath() + "api/v1/responses HTTP/1.1\r\nHost: " + base.getHost() + ":"
                                    + base.getPort() + "\r\nAuthorization: Bearer " + key
                                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (2L << 30)
                                    + "\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!complete(answer.toString(java.nio.charset.StandardCharsets.UTF_8))) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                answer.write(buffer, 0, n);
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Whether the text holds a whole HTTP answer: its headers and its Content-Length of body, or the last chunk. */
    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String body = text.substring(split + 4);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)")
                .matcher(text.substring(0, split));
        return length.find()
                ? body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= Integer.parseInt(length.group(1))
                : body.endsWith("0\r\n\r\n");
    }

    @Test
    void everyOtherRefusalIsProblemDetailsToo() throws Exception {
        String key = keyFor("TKU-ASTU");
        String valid = "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-05T10:00:00\",\"nps\":9}";

        assertProblem(
                415,
                send(HttpRequest.newBuilder(URI.create(base + "api/v1/responses"))
                        .header("Content-Type", "text/plain")
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(valid))));
        assertProblem(
                405,
                send(HttpRequest.newBuilder(URI.create(base + "api/v1/visits"))
                        .header("Authorization", "Bearer " + key)
                        .GET()));
        assertProblem(
                404,
                send(HttpRequest.newBuilder(URI.create(base + "api/v1/nothing-here"))
                        .header("Authorization", "Bearer " + key)
                        .GET()));
        assertProblem(400, post(key, "[".repeat(200_000) + "]".repeat(200_000)));
        assertProblem(400, post("api/v1/visits", key, "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)));
        assertProblem(400, post(key, "{\"unit\":\"TKU-ASTU\",\"nps\":\u0000}"));
    }

    @Test
    void datesBefore2000OrInTheFutureAndNumbersTooLargeAreRefusedWithAReason() throws Exception {
        String key = keyFor("TKU-ASTU");
        String future = java.time.OffsetDateTime.now().plusDays(2).withNano(0).toString();

        HttpResponse<String> response = post(
                key,
                "[{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"1999-12-31T23:00:00\",\"nps\":9},"
                        + "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"" + future + "\",\"nps\":9},"
                        + "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-05T10:00:00\",\"nps\":4294967305}]");

        assertProblem(400, response);
        List<JsonObject> errors = Json.createReader(new java.io.StringReader(response.body()))
                .readObject()
                .getJsonArray("errors")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("0 answeredAt before 2000", "1 answeredAt more than a day in the future", "2 nps required"),
                errors.stream()
                        .map(e -> e.getInt("index") + " " + e.getString("field") + " "
                                + e.getString("message").replaceAll("[:,].*", ""))
                        .toList());

        String localAsUtc = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Helsinki"))
                        .withNano(0)
                + "Z";
        HttpResponse<String> ahead = post(
                key,
                "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"" + localAsUtc + "\",\"nps\":9,\"externalId\":\""
                        + UUID.randomUUID() + "\"}");
        assertEquals(
                201,
                ahead.statusCode(),
                "Finnish time sent as UTC is two or three hours ahead, within a day: " + ahead.body());
    }

    @Test
    void aResponseWithItsVisitCountsInTheMonthOfTheVisit() throws Exception {
        String key = keyFor("TKU-ASTU");
        long june = june2025();
        long july = month2025(7);

        HttpResponse<String> response = post(
                key,
                "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-07-01T09:00:00+03:00\","
                        + "\"visitedAt\":\"2025-06-30T16:30:00+03:00\",\"nps\":9,\"externalId\":\""
                        + UUID.randomUUID() + "\"}");

        assertEquals(201, response.statusCode(), response.body());
        assertEquals(june + 1, june2025(), "counted in June, the month of the visit");
        assertEquals(july, month2025(7), "not in July, the month of the answer");
    }

    @Test
    void aVisitThatIsNotATimeAfterTheAnswerOrInTheFutureIsRefusedWithAReason() throws Exception {
        String key = keyFor("TKU-ASTU");
        long before = june2025();
        String future = java.time.OffsetDateTime.now().plusDays(2).withNano(0).toString();

        HttpResponse<String> response = post(
                key,
                "[{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-10T10:00:00\",\"visitedAt\":\"last week\",\"nps\":9},"
                        + "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-10T10:00:00\","
                        + "\"visitedAt\":\"2025-06-10T10:30:00\",\"nps\":9},"
                        + "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-10T10:00:00\",\"visitedAt\":\""
                        + future + "\",\"nps\":9},"
                        + "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-10T10:00:00\",\"visitedAt\":7,\"nps\":9},"
                        + "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-10T10:00:00\","
                        + "\"visitedAt\":\"2025-06-10T10:00:00\",\"nps\":9}]");

        assertProblem(400, response);
        List<JsonObject> errors = Json.createReader(new java.io.StringReader(response.body()))
                .readObject()
                .getJsonArray("errors")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of(
                        "0 visitedAt not an ISO 8601 date-time: last week",
                        "1 visitedAt after the answer (answeredAt): 2025-06-10T10:30:00",
                        "2 visitedAt more than a day in the future: " + future,
                        "3 visitedAt an ISO 8601 date-time, or left out"),
                errors.stream()
                        .map(e -> e.getInt("index") + " " + e.getString("field") + " " + e.getString("message"))
                        .toList(),
                "a visit at the very time of the answer (index 4) is fine");
        assertEquals(before, june2025(), "nothing of the batch was stored");
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() throws Exception {
        String key = keyFor("TKU-ASTU");
        for (String scheme : List.of("bearer", "BEARER", "BeArEr")) {
            String json = "{\"unit\":\"TKU-ASTU\",\"answeredAt\":\"2025-06-06T10:00:00\",\"nps\":8,"
                    + "\"externalId\":\"" + UUID.randomUUID() + "\"}";
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "api/v1/responses"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", scheme + " " + key)
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
            assertEquals(201, response.statusCode(), scheme + ": " + response.body());
        }
        assertProblem(
                401,
                send(HttpRequest.newBuilder(URI.create(base + "api/v1/responses"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + key)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))));
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
