package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.survey.control.ApiKeys;
import fi.kohtaamo.survey.entity.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every call to Kohtaamo's API passes first: an active API key in {@code Authorization: Bearer <key>} (never a
 * browser session), and at most {@link #CALLS_PER_MINUTE} calls a minute per key. Refusals are problem details (RFC
 * 9457).
 */
@ApplicationScoped
public class ApiGate {

    /** Calls a key may make in a minute before it is told to wait. */
    public static final int CALLS_PER_MINUTE = 120;

    static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    private final Map<Long, Deque<Instant>> calls = new ConcurrentHashMap<>();

    @Inject
    ApiKeys apiKeys;

    /**
     * The caller's key.
     *
     * @throws WebApplicationException with a 401 or 429 problem response
     */
    public ApiKey admit(String authorization) {
        Optional<ApiKey> key = Optional.ofNullable(authorization)
                .filter(a -> a.startsWith("Bearer "))
                .flatMap(a -> apiKeys.authenticate(a.substring("Bearer ".length())));
        if (key.isEmpty()) {
            throw new WebApplicationException(
                    problem(401, "Not authenticated", "Send a valid API key as 'Authorization: Bearer <key>'.", null)
                            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                            .build());
        }
        if (!withinRate(key.get().getId())) {
            throw new WebApplicationException(
                    problem(429, "Too many requests", "At most " + CALLS_PER_MINUTE + " calls a minute per key.", null)
                            .header("Retry-After", "60")
                            .build());
        }
        return key.get();
    }

    private boolean withinRate(Long keyId) {
        Instant now = Instant.now();
        Deque<Instant> recent = calls.computeIfAbsent(keyId, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(Duration.ofMinutes(1)))) {
                recent.pollFirst();
            }
            if (recent.size() >= CALLS_PER_MINUTE) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }

    /** A problem-details response; {@code errors} names each invalid field, or is null. */
    /**
     * The objects of a request body that holds one JSON object or an array of them.
     *
     * @param what what each object is, for the error message ("response", "visit")
     * @throws WebApplicationException answering 400 with problem details when the body is not that
     */
    static List<JsonObject> objects(String body, String what) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonObject)) {
                return array.getValuesAs(JsonObject.class);
            }
            if (value instanceof JsonObject object) {
                return List.of(object);
            }
            throw new WebApplicationException(
                    problem(400, "Invalid body", "Send one " + what + " object or an array of them.", null)
                            .build());
        } catch (JsonParsingException e) {
            throw new WebApplicationException(
                    problem(400, "Invalid JSON", e.getMessage(), null).build());
        }
    }

    static Response.ResponseBuilder problem(int status, String title, String detail, JsonArray errors) {
        var json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? "" : detail);
        if (errors != null) {
            json.add("errors", errors);
        }
        return Response.status(status).type(PROBLEM).entity(json.build().toString());
    }
}
