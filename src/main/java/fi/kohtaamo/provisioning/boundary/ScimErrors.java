package fi.kohtaamo.provisioning.boundary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.utils.JsonUtils;
import fi.kohtaamo.platform.Causes;
import fi.kohtaamo.platform.persistence.DatabaseOutage;
import fi.kohtaamo.platform.web.RequestBodyLimit;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever goes wrong in a SCIM call is answered as a SCIM error (RFC 7644 section 3.12), never an HTML page or a
 * stack trace: the SDK's exceptions with their status and {@code scimType}; Jersey's own refusals (404, 405, 406, 415)
 * with their status; a body over the limit 413; a database outage 503; anything else 500, logged, with nothing of it
 * in the answer.
 */
public class ScimErrors implements ExceptionMapper<Throwable> {

    public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private static final Logger LOG = Logger.getLogger(ScimErrors.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ScimException scim) {
            Response.ResponseBuilder answer = error(
                    scim.getScimError().getStatus(),
                    scim.getScimError().getScimType(),
                    scim.getScimError().getDetail());
            if (scim.getScimError().getStatus() == 401) {
                answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kohtaamo-scim\"");
            }
            return answer.build();
        }
        if (Causes.of(e).anyMatch(RequestBodyLimit.TooLarge.class::isInstance)) {
            return error(413, null, "The request body is too large.").build();
        }
        if (e instanceof WebApplicationException refusal
                && refusal.getResponse().getStatus() < 500) {
            int status = refusal.getResponse().getStatus();
            Response.ResponseBuilder answer = error(status, null, detail(status));
            Object allow = refusal.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
            if (allow != null) {
                answer.header(HttpHeaders.ALLOW, allow);
            }
            return answer.build();
        }
        if (DatabaseOutage.explains(e)) {
            LOG.warning(() -> "Database unavailable, answered 503 to a SCIM call: " + e);
            return error(503, null, "Kohtaamo's database is unavailable; try again shortly.")
                    .header(HttpHeaders.RETRY_AFTER, 30)
                    .build();
        }
        LOG.log(Level.SEVERE, "SCIM call failed", e);
        return error(500, null, "The call failed inside Kohtaamo; nothing was changed.")
                .build();
    }

    /** A SCIM error answer. */
    static Response.ResponseBuilder error(int status, String scimType, String detail) {
        ObjectNode error = JsonUtils.getJsonNodeFactory().objectNode();
        error.putArray("schemas").add(ERROR_SCHEMA);
        error.put("status", String.valueOf(status));
        if (scimType != null) {
            error.put("scimType", scimType);
        }
        if (detail != null) {
            error.put("detail", detail);
        }
        return Response.status(status)
                .type(ScimMedia.SCIM_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(error.toString());
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No such resource; see /scim/v2/ResourceTypes.";
            case 405 -> "This resource does not take that method.";
            case 406 -> "SCIM answers application/scim+json (or application/json).";
            case 415 -> "Send the body as application/scim+json.";
            default -> "The request could not be read.";
        };
    }
}
