package fi.kohtaamo.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.utils.JsonUtils;
import org.junit.jupiter.api.Test;

/** Group membership as Entra ID and Okta change it. */
class ScimGroupsTest {

    private static ObjectNode group() {
        ObjectNode group = JsonUtils.getJsonNodeFactory().objectNode();
        group.putArray("schemas").add(ScimGroups.GROUP_SCHEMA);
        group.put("id", "5");
        group.put("displayName", "Turku");
        group.putArray("members").addObject().put("value", "1");
        return group;
    }

    private static ObjectNode patched(String operations) throws ScimException {
        return ScimGroups.patched(
                group(),
                ScimResources.patch("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":" + operations + "}"));
    }

    @Test
    void membersAreAdded() throws ScimException {
        ObjectNode group =
                patched("[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"2\"},{\"value\":\"3\"}]}]");

        assertThat(ScimGroups.memberIds(group)).containsExactly("1", "2", "3");
    }

    @Test
    void aMemberIsRemovedByAValueFilter() throws ScimException {
        ObjectNode group = patched("[{\"op\":\"remove\",\"path\":\"members[value eq \\\"1\\\"]\"}]");

        assertThat(ScimGroups.memberIds(group)).isEmpty();
    }

    @Test
    void entraRemovesAMemberNamedInTheValue() throws ScimException {
        ObjectNode group = patched("[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"1\"}]}]");

        assertThat(ScimGroups.memberIds(group)).isEmpty();
    }

    @Test
    void aGroupIsRenamedWithoutAPath() throws ScimException {
        ObjectNode group = patched("[{\"op\":\"replace\",\"value\":{\"displayName\":\"Turku centre\"}}]");

        assertThat(ScimGroups.displayName(group)).isEqualTo("Turku centre");
        assertThat(ScimGroups.memberIds(group)).containsExactly("1");
    }

    @Test
    void aUnitCodeIsMadeOfTheName() {
        assertThat(ScimGroups.code("Pääkaupunkiseutu / Itä")).isEqualTo("PAAKAUPUNKISEUTU-ITA");
        assertThat(ScimGroups.code("!!!")).isEqualTo("GROUP");
    }
}
