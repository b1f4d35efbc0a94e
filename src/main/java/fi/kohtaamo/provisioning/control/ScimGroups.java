package fi.kohtaamo.provisioning.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A unit as a SCIM Group (RFC 7643 section 4.2): its {@code id} is the unit's, its {@code displayName} the unit's name,
 * and its members the people whose unit it is. Roles (HR, administrator, supervisor) are not groups: they stay with
 * Kohtaamo's own people pages, so an identity provider's token can never make anyone an administrator.
 */
public final class ScimGroups {

    public static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

    private ScimGroups() {}

    /** The unit as a Group whose members are these people. */
    public static ObjectNode group(Unit unit, List<Person> members, String base) {
        ObjectNode group = JsonUtils.getJsonNodeFactory().objectNode();
        group.putArray("schemas").add(GROUP_SCHEMA);
        group.put("id", String.valueOf(unit.getId()));
        group.put("displayName", unit.getName());
        ArrayNode list = group.putArray("members");
        for (Person person : members) {
            ObjectNode member = list.addObject();
            member.put("value", String.valueOf(person.getId()));
            member.put("$ref", base + "/Users/" + person.getId());
            member.put("display", person.getFullName());
            member.put("type", "User");
        }
        return ScimResources.withMeta(group, "Group", base + "/Groups/" + unit.getId(), null);
    }

    /** The Group after a PATCH, applied by the SCIM SDK as for Users. */
    public static ObjectNode patched(ObjectNode current, PatchRequest patch) throws ScimException {
        ObjectNode result = current.deepCopy();
        ScimResources.apply(result, patch);
        return result;
    }

    /** The ids in a Group's {@code members}, in their order. */
    public static Set<String> memberIds(JsonNode group) {
        Set<String> ids = new LinkedHashSet<>();
        JsonNode members = ScimUsers.field(group, "members");
        if (members != null && members.isArray()) {
            for (JsonNode member : members) {
                String id = ScimUsers.text(ScimUsers.field(member, "value"));
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** A Group's {@code displayName}; null if it has none. */
    public static String displayName(JsonNode group) {
        return ScimUsers.text(ScimUsers.field(group, "displayName"));
    }

    /**
     * A unit code made of a group's name: its letters and digits, upper case, at most 40 characters (the unit's rule),
     * {@code GROUP} when the name has none.
     */
    public static String code(String displayName) {
        String code = java.text.Normalizer.normalize(displayName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-+|-+$", "")
                .toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            code = "GROUP";
        }
        return code.length() > 36 ? code.substring(0, 36) : code;
    }
}
