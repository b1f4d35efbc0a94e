package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.platform.api.ApiKey;
import fi.kohtaamo.platform.api.ApiKeys;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.web.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What every call to the survey's API passes first: an active API key for responses in {@code Authorization: Bearer
 * <key>} (never a browser session; checked by {@link ApiKeys#admit}), and at most {@link #CALLS_PER_MINUTE} calls a
 * minute per key; then a body of at most {@link ApiProblem#MAX_ITEMS} objects nested at most {@link ApiProblem#MAX_JSON_DEPTH}
 * deep. Refusals are problem details (RFC 9457). The resources read the objects' fields and answer through it alike.
 */
@ApplicationScoped
public class ApiGate {

    @Inject
    Clock clock;

    /** Calls a key may make in a minute before it is told to wait. */
    public static final int CALLS_PER_MINUTE = ApiKeys.CALLS_PER_MINUTE;

    @Inject
    ApiKeys apiKeys;

    /**
     * The caller's key, one that sends customer responses.
     *
     * @throws WebApplicationException with a 401 or 429 problem response
     */
    public ApiKey admit(String authorization) {
        return apiKeys.admit(authorization, ApiKey.Purpose.RESPONSES);
    }

    /**
     * The objects of a request body that holds one JSON object or an array of them.
     *
     * @param what what each object is, for the error message ("response", "visit")
     * @throws WebApplicationException answering 400 with problem details when the body is not that, or nests deeper
     *     than {@link ApiProblem#MAX_JSON_DEPTH}; 413 when it holds more than {@link ApiProblem#MAX_ITEMS} items
     */
    static List<JsonObject> objects(String body, String what) {
        String text = body == null ? "" : body;
        if (depth(text) > ApiProblem.MAX_JSON_DEPTH) {
            throw new WebApplicationException(ApiProblem.of(
                            400,
                            "Invalid JSON",
                            "The body nests deeper than " + ApiProblem.MAX_JSON_DEPTH + " levels; send one " + what
                                    + " object or an array of them.",
                            null)
                    .build());
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonArray array && array.size() > ApiProblem.MAX_ITEMS) {
                throw new WebApplicationException(ApiProblem.of(
                                413,
                                "Too many items",
                                array.size() + " items; a call may send at most " + ApiProblem.MAX_ITEMS
                                        + ". Split the batch.",
                                null)
                        .build());
            }
            if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonObject)) {
                return array.getValuesAs(JsonObject.class);
            }
            if (value instanceof JsonObject object) {
                return List.of(object);
            }
            throw new WebApplicationException(
                    ApiProblem.of(400, "Invalid body", "Send one " + what + " object or an array of them.", null)
                            .build());
        } catch (JsonException e) {
            throw new WebApplicationException(
                    ApiProblem.of(400, "Invalid JSON", e.getMessage(), null).build());
        }
    }

    /**
     * How deep the text's arrays and objects nest, counted outside strings, before any parser builds them: a parser
     * that builds nested values recursively could run out of stack on a body of a million brackets.
     */
    static int depth(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    /** A field's text, stripped; null when it is missing, blank or not a string. */
    static String text(JsonObject item, String field) {
        return item.get(field) instanceof JsonString s && !s.getString().isBlank()
                ? s.getString().strip()
                : null;
    }

    /** An ISO 8601 date-time in the organisation's zone (one without an offset is taken as local); null if not one. */
    static LocalDateTime time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text)
                    .atZoneSameInstant(OrganisationZone.ZONE)
                    .toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** The answer to a call that stored what it sent: 201 when {@code count} is not zero, else 200. */
    static Response stored(String counted, int count, int duplicates) {
        return Response.status(count > 0 ? 201 : 200)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add(counted, count)
                        .add("duplicates", duplicates)
                        .build()
                        .toString())
                .build();
    }
}
