package fi.kohtaamo.platform.web;

import fi.kohtaamo.platform.Causes;
import fi.kohtaamo.platform.persistence.DatabaseOutage;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever goes wrong in an API call is answered as problem details, never as the server's HTML error page or a stack
 * trace: Jersey's own refusals (404, 405, 406, 415 and the rest) keep their status with a detail saying what to send,
 * a body over the limit answers 413, JSON that cannot be read 400, and anything unexpected 500 (logged, with nothing
 * of it in the answer). One mapper per kind, because Jersey picks the mapper nearest to the exception's type and
 * Jersey or Payara may bring their own for some of them.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    /** Headers of a refusal that tell the caller what to do next. */
    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

    private ApiExceptionMappers() {}

    /** The problem-details answer for any exception that reached JAX-RS. */
    static Response answer(Throwable e) {
        if (Causes.of(e).anyMatch(RequestBodyLimit.TooLarge.class::isInstance)) {
            return ApiProblem.tooLarge();
        }
        if (e instanceof WebApplicationException refusal && refusal.getResponse() != null) {
            return refused(refusal.getResponse());
        }
        if (Causes.of(e).anyMatch(cause -> cause instanceof JsonException || cause instanceof JsonbException)) {
            return ApiProblem.of(400, "Invalid JSON", "The body is not JSON that can be read.", null)
                    .build();
        }
        if (DatabaseOutage.explains(e)) {
            // The same answer DatabaseUnavailableFilter gives when the failure gets past JAX-RS.
            LOG.warning(() ->
                    "Database unavailable, answered 503 to an API call: " + DatabaseUnavailableFilter.rootCause(e));
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailableFilter.RETRY_AFTER_SECONDS)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .type(ApiProblem.TYPE)
                    .entity(UnavailablePage.problemJson())
                    .build();
        }
        LOG.log(Level.SEVERE, "API call failed", e);
        return ApiProblem.of(500, "Internal error", "The call failed inside Kohtaamo; nothing was stored.", null)
                .build();
    }

    private static Response refused(Response response) {
        if (response.hasEntity() && ApiProblem.TYPE.isCompatible(response.getMediaType())) {
            return response;
        }
        int status = response.getStatus();
        Response.ResponseBuilder problem = ApiProblem.of(status, title(response), detail(status), null);
        for (String header : KEPT_HEADERS) {
            Object value = response.getHeaders().getFirst(header);
            if (value != null) {
                problem.header(header, value);
            }
        }
        return problem.build();
    }

    private static String title(Response response) {
        Response.StatusType status = response.getStatusInfo();
        return status.getReasonPhrase() == null || status.getReasonPhrase().isBlank()
                ? "HTTP " + status.getStatusCode()
                : status.getReasonPhrase();
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "No such resource; the API is described at /openapi.";
            case 405 -> "This resource does not take that method; see the Allow header and /openapi.";
            case 406 -> "The API answers application/json (and application/problem+json for refusals).";
            case 413 -> "The request is too large.";
            case 415 -> "Send the body as application/json.";
            default -> status >= 500 ? "The call failed inside Kohtaamo; nothing was stored." : "";
        };
    }

    /** Anything not mapped more closely. */
    @Provider
    public static class Anything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return answer(e);
        }
    }

    /** Jersey's refusals: NotFound, NotAllowed, NotAcceptable, NotSupported (415) and the rest. */
    @Provider
    public static class Refusals implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            return answer(e);
        }
    }

    /** A body that fails while it is read (too large, broken off). */
    @Provider
    public static class Reading implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return answer(e);
        }
    }

    /** JSON-P parse errors. */
    @Provider
    public static class JsonParsing implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return answer(e);
        }
    }

    /** JSON-B (Yasson) errors. */
    @Provider
    public static class JsonBinding implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return answer(e);
        }
    }
}
