package fi.kohtaamo.provisioning.boundary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import fi.kohtaamo.provisioning.control.Provisioning;
import fi.kohtaamo.provisioning.control.ScimResources;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * {@code /scim/v2/Users}: people, as identity providers create, find, change, deactivate and delete them (RFC 7644
 * section 3). See {@link Provisioning} for what each does in Kohtaamo.
 */
@Path("Users")
@RequestScoped
@Produces({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
@Consumes({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
public class UsersResource {

    @Inject
    ScimGate gate;

    @Inject
    Provisioning provisioning;

    @Context
    UriInfo uri;

    @HeaderParam(HttpHeaders.AUTHORIZATION)
    String authorization;

    @GET
    public Response list(
            @QueryParam("filter") String filter,
            @QueryParam("startIndex") Integer startIndex,
            @QueryParam("count") Integer count)
            throws ScimException {
        gate.admit(authorization, uri);
        return ScimMedia.json(provisioning.users(filter, startIndex, count, ScimGate.base(uri)));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) throws ScimException {
        gate.admit(authorization, uri);
        return ScimMedia.resource(200, provisioning.user(id, ScimGate.base(uri)))
                .build();
    }

    @POST
    public Response create(String body) throws ScimException {
        String via = gate.admit(authorization, uri);
        ObjectNode user = provisioning.createUser(ScimResources.object(body), via, ScimGate.base(uri));
        return ScimMedia.resource(201, user)
                .location(URI.create(user.path("meta").path("location").asText()))
                .build();
    }

    @PUT
    @Path("/{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body)
            throws ScimException {
        String via = gate.admit(authorization, uri);
        return ScimMedia.resource(
                        200, provisioning.replaceUser(id, ScimResources.object(body), ifMatch, via, ScimGate.base(uri)))
                .build();
    }

    @PATCH
    @Path("/{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body)
            throws ScimException {
        String via = gate.admit(authorization, uri);
        return ScimMedia.resource(
                        200, provisioning.patchUser(id, ScimResources.patch(body), ifMatch, via, ScimGate.base(uri)))
                .build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) throws ScimException {
        String via = gate.admit(authorization, uri);
        provisioning.deleteUser(id, ifMatch, via, ScimGate.base(uri));
        return Response.noContent().build();
    }
}
