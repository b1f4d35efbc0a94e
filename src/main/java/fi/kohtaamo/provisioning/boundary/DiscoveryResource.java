package fi.kohtaamo.provisioning.boundary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.common.utils.SchemaUtils;
import fi.kohtaamo.provisioning.control.ScimGroups;
import fi.kohtaamo.provisioning.control.ScimResources;
import fi.kohtaamo.provisioning.control.ScimUsers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.beans.IntrospectionException;
import java.util.List;

/**
 * What an identity provider reads to learn what Kohtaamo's SCIM service does (RFC 7644 section 4): PATCH, filters
 * and ETags yes; bulk, sorting and password changes no; Users (with the enterprise extension) and Groups, whose
 * schemas the SCIM SDK describes.
 */
@Path("")
@RequestScoped
@Produces({ScimMedia.SCIM_JSON, MediaType.APPLICATION_JSON})
public class DiscoveryResource {

    @Inject
    ScimGate gate;

    @Context
    UriInfo uri;

    @HeaderParam(HttpHeaders.AUTHORIZATION)
    String authorization;

    @GET
    @Path("ServiceProviderConfig")
    public Response serviceProviderConfig() throws ScimException {
        gate.admit(authorization, uri);
        ObjectNode config = JsonUtils.getJsonNodeFactory().objectNode();
        config.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        config.put("documentationUri", "https://www.rfc-editor.org/rfc/rfc7644");
        config.putObject("patch").put("supported", true);
        config.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
        config.putObject("filter").put("supported", true).put("maxResults", ScimResources.MAX_PAGE);
        config.putObject("changePassword").put("supported", false);
        config.putObject("sort").put("supported", false);
        config.putObject("etag").put("supported", true);
        ObjectNode bearer = config.putArray("authenticationSchemes").addObject();
        bearer.put("type", "oauthbearertoken");
        bearer.put("name", "Bearer token");
        bearer.put("description", "A provisioning token an administrator creates in Kohtaamo.");
        bearer.put("primary", true);
        config.putObject("meta")
                .put("resourceType", "ServiceProviderConfig")
                .put("location", ScimGate.base(uri) + "/ServiceProviderConfig");
        return ScimMedia.json(config);
    }

    @GET
    @Path("ResourceTypes")
    public Response resourceTypes() throws ScimException {
        gate.admit(authorization, uri);
        return ScimMedia.json(ScimResources.page(List.of(userType(), groupType()), 1, null));
    }

    @GET
    @Path("ResourceTypes/{name}")
    public Response resourceType(@PathParam("name") String name) throws ScimException {
        gate.admit(authorization, uri);
        return switch (name) {
            case "User" -> ScimMedia.json(userType());
            case "Group" -> ScimMedia.json(groupType());
            default -> throw new ResourceNotFoundException("No resource type " + name + ".");
        };
    }

    @GET
    @Path("Schemas")
    public Response schemas() throws ScimException {
        gate.admit(authorization, uri);
        return ScimMedia.json(ScimResources.page(
                List.of(schema(UserResource.class), schema(EnterpriseUserExtension.class), schema(GroupResource.class)),
                1,
                null));
    }

    @GET
    @Path("Schemas/{id}")
    public Response schema(@PathParam("id") String id) throws ScimException {
        gate.admit(authorization, uri);
        for (Class<?> type : List.of(UserResource.class, EnterpriseUserExtension.class, GroupResource.class)) {
            ObjectNode schema = schema(type);
            if (schema.path("id").asText().equals(id)) {
                return ScimMedia.json(schema);
            }
        }
        throw new ResourceNotFoundException("No schema " + id + ".");
    }

    private ObjectNode userType() {
        ObjectNode type = resourceType("User", "/Users", ScimUsers.USER_SCHEMA);
        ObjectNode extension = ((ArrayNode) type.withArray("schemaExtensions")).addObject();
        extension.put("schema", ScimUsers.ENTERPRISE_SCHEMA);
        extension.put("required", false);
        return type;
    }

    private ObjectNode groupType() {
        return resourceType("Group", "/Groups", ScimGroups.GROUP_SCHEMA);
    }

    private ObjectNode resourceType(String name, String endpoint, String schema) {
        ObjectNode type = JsonUtils.getJsonNodeFactory().objectNode();
        type.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
        type.put("id", name);
        type.put("name", name);
        type.put("endpoint", endpoint);
        type.put("schema", schema);
        type.putObject("meta")
                .put("resourceType", "ResourceType")
                .put("location", ScimGate.base(uri) + "/ResourceTypes/" + name);
        return type;
    }

    private ObjectNode schema(Class<?> type) {
        try {
            ObjectNode schema = JsonUtils.valueToNode(SchemaUtils.getSchema(type));
            schema.putObject("meta")
                    .put("resourceType", "Schema")
                    .put(
                            "location",
                            ScimGate.base(uri) + "/Schemas/" + schema.path("id").asText());
            return schema;
        } catch (IntrospectionException e) {
            throw new IllegalStateException("The SCIM SDK cannot describe " + type.getName(), e);
        }
    }
}
