package fi.kohtaamo.provisioning.boundary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.provisioning.control.ScimResources;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** SCIM's media type (RFC 7644 section 3.1) and the answers that carry a resource with its version. */
final class ScimMedia {

    static final String SCIM_JSON = "application/scim+json";
    static final MediaType SCIM_JSON_TYPE = new MediaType("application", "scim+json", "UTF-8");

    private ScimMedia() {}

    /** A resource, with its version as ETag. */
    static Response.ResponseBuilder resource(int status, ObjectNode resource) {
        return Response.status(status)
                .type(SCIM_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.ETAG, ScimResources.versionOf(resource))
                .entity(resource.toString());
    }

    /** A list or a discovery document. */
    static Response json(ObjectNode body) {
        return Response.ok(body.toString(), SCIM_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
