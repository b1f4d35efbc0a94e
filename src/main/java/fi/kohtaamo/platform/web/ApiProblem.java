package fi.kohtaamo.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What the API answers when it refuses a call: problem details (RFC 9457) as {@code application/problem+json}, never an
 * HTML page. The limits every call must keep are here too, so that the resources, the body reader and the OpenAPI
 * document state the same numbers.
 *
 * <pre>{@code
 * return ApiProblem.of(400, "Invalid responses", "2 problem(s); nothing was stored.", errors).build();
 * }</pre>
 */
public final class ApiProblem {

    public static final MediaType TYPE = MediaType.valueOf("application/problem+json");

    /** The most items (responses, visits) one call may send. */
    public static final int MAX_ITEMS = 1_000;

    /** The largest request body, in bytes (5 MB): far above 1,000 items with full comments. */
    public static final long MAX_BODY_BYTES = 5L * 1024 * 1024;

    /** How deep JSON may nest: an array of objects needs two levels. */
    public static final int MAX_JSON_DEPTH = 8;

    private ApiProblem() {}

    /** A problem-details response; {@code errors} names each invalid field, or is null. */
    public static Response.ResponseBuilder of(int status, String title, String detail, JsonArray errors) {
        var json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? "" : detail);
        if (errors != null) {
            json.add("errors", errors);
        }
        return Response.status(status).type(TYPE).entity(json.build().toString());
    }

    /** The answer to a body over {@link #MAX_BODY_BYTES}. */
    public static Response tooLarge() {
        return of(
                        413,
                        "Request too large",
                        "A call may send at most " + MAX_BODY_BYTES / (1024 * 1024) + " MB and " + MAX_ITEMS
                                + " items; split the batch.",
                        null)
                .build();
    }
}
