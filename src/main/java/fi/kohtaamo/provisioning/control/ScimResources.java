package fi.kohtaamo.provisioning.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.FilterEvaluator;
import com.unboundid.scim2.common.utils.JsonUtils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * What Users and Groups share: {@code meta} with a version that changes whenever the resource does (a hash of it, so
 * {@code If-Match} can refuse a change made on a stale copy), filters, PATCH, paging and reading bodies, each failing
 * with the SCIM error RFC 7644 names for it.
 */
public final class ScimResources {

    public static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    /** The most resources one page of a list holds. */
    public static final int MAX_PAGE = 200;

    private ScimResources() {}

    /** The resource with {@code meta} added: its type, when it was created, its address and its version. */
    static ObjectNode withMeta(ObjectNode resource, String type, String location, LocalDateTime created) {
        String version = version(resource);
        ObjectNode meta = resource.putObject("meta");
        meta.put("resourceType", type);
        if (created != null) {
            meta.put("created", ScimUsers.time(created));
        }
        meta.put("location", location);
        meta.put("version", version);
        return resource;
    }

    /** A weak entity tag of the resource's content (without {@code meta}). */
    static String version(ObjectNode resource) {
        ObjectNode content = resource.deepCopy();
        content.remove("meta");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The resource's version, from its {@code meta}. */
    public static String versionOf(ObjectNode resource) {
        return resource.path("meta").path("version").asText();
    }

    /**
     * Refuses a change made on a stale copy: {@code If-Match} must be absent, {@code *}, or name the present version
     * (weak or strong, RFC 9110's weak comparison).
     *
     * @throws PreconditionFailedException (412) when it names only other versions
     */
    public static void requireMatch(String ifMatch, ObjectNode current) throws PreconditionFailedException {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String present = opaque(versionOf(current));
        boolean matches =
                Arrays.stream(ifMatch.split(",")).map(ScimResources::opaque).anyMatch(present::equals);
        if (!matches) {
            throw new PreconditionFailedException("The resource has changed since version " + ifMatch.strip()
                    + "; it is now " + versionOf(current) + ". Read it again and send the change anew.");
        }
    }

    private static String opaque(String tag) {
        String t = tag.strip();
        return t.startsWith("W/") ? t.substring(2) : t;
    }

    /**
     * A filter (RFC 7644 section 3.4.2.2), or null for none.
     *
     * @throws BadRequestException ({@code invalidFilter}) when it cannot be parsed
     */
    public static Filter filter(String text) throws BadRequestException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Filter.fromString(text);
        } catch (BadRequestException e) {
            throw BadRequestException.invalidFilter("The filter " + text + " cannot be read: " + e.getMessage());
        }
    }

    /** Whether a resource matches the filter (null matches all). */
    public static boolean matches(Filter filter, ObjectNode resource) throws ScimException {
        return filter == null || FilterEvaluator.evaluate(filter, resource);
    }

    /** The patch applied to the resource in place, by the SCIM SDK. */
    static void apply(ObjectNode resource, PatchRequest patch) throws ScimException {
        GenericScimResource generic = new GenericScimResource(resource);
        patch.apply(generic);
        if (generic.getObjectNode() != resource) {
            resource.removeAll();
            resource.setAll(generic.getObjectNode());
        }
    }

    /**
     * One page of a list (RFC 7644 section 3.4.2.4).
     *
     * @param startIndex the 1-based index of the first resource to answer; less than 1 is taken as 1
     * @param count how many to answer at most; null for {@link #MAX_PAGE}, and never more
     */
    public static ObjectNode page(List<ObjectNode> all, Integer startIndex, Integer count) {
        int start = startIndex == null || startIndex < 1 ? 1 : startIndex;
        int size = count == null ? MAX_PAGE : Math.max(0, Math.min(count, MAX_PAGE));
        List<ObjectNode> page = all.stream().skip(start - 1L).limit(size).toList();
        ObjectNode list = JsonUtils.getJsonNodeFactory().objectNode();
        list.putArray("schemas").add(LIST_SCHEMA);
        list.put("totalResults", all.size());
        list.put("startIndex", start);
        list.put("itemsPerPage", page.size());
        ArrayNode resources = list.putArray("Resources");
        page.forEach(resources::add);
        return list;
    }

    /**
     * A request body as a JSON object.
     *
     * @throws BadRequestException ({@code invalidSyntax}) when it is not one
     */
    public static ObjectNode object(String body) throws BadRequestException {
        try {
            JsonNode node = JsonUtils.getObjectReader().readTree(body == null ? "" : body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw BadRequestException.invalidSyntax("The body is not JSON that can be read: " + e.getOriginalMessage());
        }
        throw BadRequestException.invalidSyntax("Send the resource as one JSON object.");
    }

    /**
     * A PATCH body (RFC 7644 section 3.5.2).
     *
     * @throws BadRequestException ({@code invalidSyntax}) when it is not a PatchOp message
     */
    public static PatchRequest patch(String body) throws BadRequestException {
        ObjectNode object = object(body);
        try {
            PatchRequest patch =
                    JsonUtils.getObjectReader().forType(PatchRequest.class).readValue(object);
            if (patch.getOperations() == null || patch.getOperations().isEmpty()) {
                throw BadRequestException.invalidSyntax("A PatchOp message needs at least one operation.");
            }
            return patch;
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw BadRequestException.invalidSyntax("Not a PatchOp message: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
    }
}
