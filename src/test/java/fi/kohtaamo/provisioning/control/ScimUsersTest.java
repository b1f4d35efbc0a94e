package fi.kohtaamo.provisioning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ScimException;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.provisioning.control.ScimUsers.UserFields;
import fi.kohtaamo.provisioning.entity.ProvisionedPerson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person as a SCIM User and back, and PATCH as Entra ID and Okta send it. */
class ScimUsersTest {

    private static final String BASE = "https://kohtaamo.example/scim/v2";

    private final Unit unit = new Unit("HKI", "Helsinki", UnitKind.ORGANISATION, null);
    private final Person person = new Person("aino.virtanen", "aino@example.fi", "Aino", "Virtanen", unit);
    private final ProvisionedPerson link = new ProvisionedPerson(7L, "Aino.Virtanen@example.fi", "ext-7");

    private ObjectNode user() {
        return ScimUsers.user(person, link, BASE);
    }

    private UserFields patch(String body) throws ScimException {
        return ScimUsers.fields(ScimUsers.patched(user(), ScimResources.patch(body)));
    }

    @Test
    void aPersonIsAUserWithTheIdentityProvidersUserNameAndOneWorkAddress() throws ScimException {
        ObjectNode user = user();

        assertThat(user.path("userName").asText()).isEqualTo("Aino.Virtanen@example.fi");
        assertThat(user.path("externalId").asText()).isEqualTo("ext-7");
        assertThat(user.path("name").path("givenName").asText()).isEqualTo("Aino");
        assertThat(user.path("emails").get(0).path("value").asText()).isEqualTo("aino@example.fi");
        assertThat(user.path("emails").get(0).path("type").asText()).isEqualTo("work");
        assertThat(user.path("active").asBoolean()).isTrue();
        assertThat(user.path(ScimUsers.ENTERPRISE_SCHEMA).path("department").asText())
                .isEqualTo("Helsinki");
        assertThat(user.path("meta").path("version").asText()).startsWith("W/\"");
        assertThat(ScimUsers.fields(user))
                .isEqualTo(new UserFields(
                        "Aino.Virtanen@example.fi",
                        "ext-7",
                        "Aino",
                        "Virtanen",
                        "aino@example.fi",
                        true,
                        "fi",
                        "Helsinki"));
    }

    @Test
    void aPersonNobodyProvisionedIsKnownByTheirUsername() {
        assertThat(ScimUsers.user(person, null, BASE).path("userName").asText()).isEqualTo("aino.virtanen");
    }

    @Test
    void entraDeactivatesWithACapitalisedOpAndTheStringFalse() throws ScimException {
        UserFields fields = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""");

        assertThat(fields.active()).isFalse();
        assertThat(fields.givenName()).isEqualTo("Aino");
    }

    @Test
    void aWorkAddressIsReplacedThroughAValueFilter() throws ScimException {
        UserFields fields = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"emails[type eq \\"work\\"].value","value":"aino.v@example.fi"},
                               {"op":"replace","path":"name.givenName","value":"Aino-Maria"}]}""");

        assertThat(fields.email()).isEqualTo("aino.v@example.fi");
        assertThat(fields.givenName()).isEqualTo("Aino-Maria");
        assertThat(fields.familyName()).isEqualTo("Virtanen");
    }

    @Test
    void aReplaceWithoutPathTakesAnObjectAlsoWithDottedAndExtensionKeys() throws ScimException {
        UserFields fields = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"active":false,"name.familyName":"Korhonen",
                   "preferredLanguage":"sv-FI",
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Turku"}}]}""");

        assertThat(fields.active()).isFalse();
        assertThat(fields.familyName()).isEqualTo("Korhonen");
        assertThat(fields.language()).isEqualTo("sv");
        assertThat(fields.department()).isEqualTo("Turku");
    }

    @Test
    void oktaReplacesWithANestedObject() throws ScimException {
        UserFields fields = patch("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"name":{"givenName":"Aada","familyName":"Laine"}}}]}""");

        assertThat(fields.givenName()).isEqualTo("Aada");
        assertThat(fields.familyName()).isEqualTo("Laine");
        assertThat(fields.email()).isEqualTo("aino@example.fi");
    }

    @Test
    void anActiveThatIsNoBooleanIsRefusedAsAnInvalidValue() {
        assertThatThrownBy(() -> patch("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations":[{"op":"replace","path":"active","value":"maybe"}]}""")).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.getScimError().getScimType()).isEqualTo("invalidValue");
            assertThat(e.getScimError().getDetail()).contains("'active' must be true or false");
        });
    }

    @Test
    void aBodyThatIsNoPatchOpIsInvalidSyntax() {
        assertThatThrownBy(() -> ScimResources.patch("{\"Operations\":[]}"))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getScimError().getScimType()).isEqualTo("invalidSyntax"));
        assertThatThrownBy(() -> ScimResources.object("[1,"))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getScimError().getScimType()).isEqualTo("invalidSyntax"));
    }

    @Test
    void aFilterThatCannotBeReadIsAnInvalidFilter() {
        assertThatThrownBy(() -> ScimResources.filter("userName eq"))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getScimError().getScimType()).isEqualTo("invalidFilter"));
    }

    @Test
    void aFilterMatchesTheUser() throws ScimException {
        assertThat(ScimResources.matches(ScimResources.filter("userName eq \"aino.virtanen@example.fi\""), user()))
                .isTrue();
        assertThat(ScimResources.matches(
                        ScimResources.filter("emails[type eq \"work\" and value co \"@example\"]"), user()))
                .isTrue();
        assertThat(ScimResources.matches(ScimResources.filter("externalId eq \"ext-8\""), user()))
                .isFalse();
    }

    @Test
    void aStaleVersionIsRefusedAndThePresentOneOrAStarPasses() throws ScimException {
        ObjectNode user = user();
        String version = ScimResources.versionOf(user);

        ScimResources.requireMatch(version, user);
        ScimResources.requireMatch(version.substring(2), user);
        ScimResources.requireMatch("*", user);
        ScimResources.requireMatch(null, user);
        person.setFirstName("Aini");
        assertThatThrownBy(() -> ScimResources.requireMatch(version, user()))
                .isInstanceOf(PreconditionFailedException.class)
                .satisfies(e -> assertThat(((ScimException) e).getScimError().getStatus())
                        .isEqualTo(412));
    }

    @Test
    void aPageStartsAtOneAndHoldsAtMostCount() {
        List<ObjectNode> users = List.of(user(), user(), user());

        ObjectNode page = ScimResources.page(users, 2, 1);

        assertThat(page.path("totalResults").asInt()).isEqualTo(3);
        assertThat(page.path("startIndex").asInt()).isEqualTo(2);
        assertThat(page.path("itemsPerPage").asInt()).isEqualTo(1);
        assertThat(page.path("Resources")).hasSize(1);
        assertThat(ScimResources.page(users, 0, 0).path("Resources")).isEmpty();
    }

    @Test
    void aUserNameThatIsNoUsernameBecomesOne() {
        assertThat(ScimUsernames.of("aino.virtanen")).isEqualTo("aino.virtanen");
        assertThat(ScimUsernames.of("Äino.Virtanen@Example.FI")).isEqualTo("aino.virtanen");
        assertThat(ScimUsernames.of("o'brien sean@example.com")).isEqualTo("o.brien.sean");
        assertThat(ScimUsernames.of("al@example.com")).isEqualTo("alx");
    }

    @Test
    void aLanguageTagIsOneOfKohtaamosLanguagesOrNothing() {
        assertThat(ScimUsers.language("sv-FI")).isEqualTo("sv");
        assertThat(ScimUsers.language("en_US")).isEqualTo("en");
        assertThat(ScimUsers.language("de-DE")).isNull();
    }
}
