package fi.kohtaamo.provisioning.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchOpType;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.provisioning.entity.ProvisionedPerson;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person as a SCIM User (RFC 7643 section 4.1, with the enterprise extension's {@code department}) and back. The
 * User's {@code id} is the person's id; {@code userName} is what the identity provider gave (an e-mail address or UPN
 * is fine), or the Kohtaamo username for a person nobody provisioned; {@code emails} holds one work address; the
 * person's unit is their one group, and the extension's {@code department} names it.
 *
 * <p>PATCH is applied the way the protocol defines it, by the SCIM SDK, to this representation; then the attributes
 * Kohtaamo keeps are read back from the result ({@link #fields(JsonNode)}). So whatever form Entra ID or Okta send
 * ({@code emails[type eq "work"].value}, a replace without a path and an object value, {@code "active": "False"} as a
 * string) comes to the same change.
 */
public final class ScimUsers {

    public static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private ScimUsers() {}

    /** What Kohtaamo keeps of a SCIM User. Null where the User does not say. */
    public record UserFields(
            String userName,
            String externalId,
            String givenName,
            String familyName,
            String email,
            Boolean active,
            String language,
            String department) {}

    /**
     * The person as a SCIM User.
     *
     * @param link what the identity provider knows them by, or null if none has provisioned them
     * @param base the SCIM base address, ending in {@code /scim/v2}
     */
    public static ObjectNode user(Person person, ProvisionedPerson link, String base) {
        ObjectNode user = JsonUtils.getJsonNodeFactory().objectNode();
        ArrayNode schemas = user.putArray("schemas");
        schemas.add(USER_SCHEMA);
        schemas.add(ENTERPRISE_SCHEMA);
        user.put("id", String.valueOf(person.getId()));
        if (link != null && link.getExternalId() != null) {
            user.put("externalId", link.getExternalId());
        }
        user.put("userName", link == null ? person.getUsername() : link.getUserName());
        ObjectNode name = user.putObject("name");
        name.put("formatted", person.getFullName());
        name.put("givenName", person.getFirstName());
        name.put("familyName", person.getLastName());
        user.put("displayName", person.getFullName());
        ObjectNode email = user.putArray("emails").addObject();
        email.put("value", person.getEmail());
        email.put("type", "work");
        email.put("primary", true);
        user.put("active", person.isActive());
        user.put("preferredLanguage", person.getPreferredLanguage());
        Unit unit = person.getUnit();
        if (unit != null) {
            ObjectNode group = user.putArray("groups").addObject();
            group.put("value", String.valueOf(unit.getId()));
            group.put("$ref", base + "/Groups/" + unit.getId());
            group.put("display", unit.getName());
            group.put("type", "direct");
            user.putObject(ENTERPRISE_SCHEMA).put("department", unit.getName());
        }
        return ScimResources.withMeta(user, "User", base + "/Users/" + person.getId(), person.getCreatedAt());
    }

    /**
     * The attributes Kohtaamo keeps, read from a User as a POST or PUT sends it or as a PATCH leaves it.
     *
     * @throws BadRequestException ({@code invalidValue}) when {@code active} is neither a boolean nor "true"/"false"
     */
    public static UserFields fields(JsonNode user) throws BadRequestException {
        JsonNode name = field(user, "name");
        String givenName = text(field(name, "givenName"));
        String familyName = text(field(name, "familyName"));
        String formatted = text(field(name, "formatted"));
        String displayName = text(field(user, "displayName"));
        if ((givenName == null || familyName == null) && (formatted != null || displayName != null)) {
            String[] parts = (formatted != null ? formatted : displayName).split("\\s+", 2);
            if (parts.length == 2) {
                givenName = givenName == null ? parts[0] : givenName;
                familyName = familyName == null ? parts[1] : familyName;
            }
        }
        return new UserFields(
                text(field(user, "userName")),
                text(field(user, "externalId")),
                givenName,
                familyName,
                email(field(user, "emails")),
                active(field(user, "active")),
                language(text(field(user, "preferredLanguage"))),
                text(field(field(user, ENTERPRISE_SCHEMA), "department")));
    }

    /**
     * The User after a PATCH (RFC 7644 section 3.5.2): the operations applied by the SCIM SDK to the present
     * representation. An operation without a path whose object names attributes by path ({@code "name.givenName"}, an
     * extension's {@code "urn:…:User:department"}), as Entra ID sends them, becomes one operation per attribute.
     *
     * @throws ScimException ({@code invalidPath}, {@code noTarget}, {@code invalidValue}) when an operation cannot apply
     */
    public static ObjectNode patched(ObjectNode current, PatchRequest patch) throws ScimException {
        ObjectNode result = current.deepCopy();
        ScimResources.apply(result, spreadPaths(patch));
        return result;
    }

    /** The request with each path-less operation's dotted or URN-prefixed keys made into operations of their own. */
    static PatchRequest spreadPaths(PatchRequest patch) throws ScimException {
        List<PatchOperation> operations = new ArrayList<>();
        for (PatchOperation operation : patch.getOperations()) {
            JsonNode value = operation.getJsonNode();
            if (operation.getPath() != null
                    || operation.getOpType() == PatchOpType.REMOVE
                    || !(value instanceof ObjectNode object)) {
                operations.add(operation);
                continue;
            }
            ObjectNode plain = JsonUtils.getJsonNodeFactory().objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = entry.getKey();
                boolean urnAttribute = key.toLowerCase(Locale.ROOT).startsWith("urn:")
                        && !key.equalsIgnoreCase(ENTERPRISE_SCHEMA)
                        && !key.equalsIgnoreCase(USER_SCHEMA);
                if (key.contains(".") && !key.toLowerCase(Locale.ROOT).startsWith("urn:") || urnAttribute) {
                    operations.add(PatchOperation.create(operation.getOpType(), key, entry.getValue()));
                } else {
                    plain.set(key, entry.getValue());
                }
            }
            if (!plain.isEmpty()) {
                operations.add(PatchOperation.create(operation.getOpType(), (String) null, plain));
            }
        }
        return new PatchRequest(operations);
    }

    /** The work address, else the primary one, else the first; null if there is none. */
    private static String email(JsonNode emails) {
        if (emails == null || !emails.isArray() || emails.isEmpty()) {
            return emails != null && emails.isTextual() ? text(emails) : null;
        }
        JsonNode chosen = null;
        for (JsonNode email : emails) {
            if ("work".equalsIgnoreCase(text(field(email, "type")))) {
                return text(field(email, "value"));
            }
            JsonNode primary = field(email, "primary");
            if (chosen == null && primary != null && primary.asBoolean()) {
                chosen = email;
            }
        }
        chosen = chosen == null ? emails.get(0) : chosen;
        return text(field(chosen, "value"));
    }

    private static Boolean active(JsonNode active) throws BadRequestException {
        if (active == null || active.isNull()) {
            return null;
        }
        if (active.isBoolean()) {
            return active.booleanValue();
        }
        if (active.isTextual() && active.textValue().strip().equalsIgnoreCase("true")) {
            return true;
        }
        if (active.isTextual() && active.textValue().strip().equalsIgnoreCase("false")) {
            return false;
        }
        throw BadRequestException.invalidValue("'active' must be true or false, not " + active);
    }

    /** "fi", "sv" or "en" from a language tag ("sv-FI", "en_US"); null for any other language. */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String language = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return List.of("fi", "sv", "en").contains(language) ? language : null;
    }

    /** A member of an object by name in any case (SCIM attribute names are case-insensitive); null if none. */
    static JsonNode field(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.equalsIgnoreCase(name)) {
                return node.get(key);
            }
        }
        return null;
    }

    /** A string value, stripped; null when missing, blank or not a string. */
    static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isBlank()
                ? node.textValue().strip()
                : null;
    }

    /** The time an identity provider reads: in the organisation's zone, with its offset. */
    static String time(LocalDateTime time) {
        return time.atZone(OrganisationZone.ZONE).toOffsetDateTime().toString();
    }
}
