package fi.kohtaamo.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.platform.security.OpenIdSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the provider's claims name a person and give roles, for the settings an organisation would use. */
class ClaimMappingTest {

    private static OpenIdSettings settings(Map<String, String> values) {
        return OpenIdSettings.of(name -> Optional.ofNullable(values.get(name)));
    }

    private static final OpenIdSettings ENTRA = settings(Map.of(
            "kohtaamo.oidc.issuer", "https://login.microsoftonline.com/tenant/v2.0",
            "kohtaamo.oidc.client.id", "kohtaamo",
            "kohtaamo.oidc.client.secret", "secret",
            "kohtaamo.oidc.roles.claim", "roles",
            "kohtaamo.oidc.hr.values", "Kohtaamo.HR, Kohtaamo.Everything",
            "kohtaamo.oidc.admin.values", "Kohtaamo.Admin,Kohtaamo.Everything"));

    private static final OpenIdSettings KEYCLOAK = settings(Map.of(
            "kohtaamo.oidc.issuer", "https://sso.example.fi/realms/pohjola",
            "kohtaamo.oidc.client.id", "kohtaamo",
            "kohtaamo.oidc.client.secret", "secret",
            "kohtaamo.oidc.person.claim", "preferred_username",
            "kohtaamo.oidc.match", "username",
            "kohtaamo.oidc.roles.claim", "realm_access.roles",
            "kohtaamo.oidc.hr.values", "hr"));

    @Test
    void theEmailClaimNamesThePersonInLowerCaseWithoutSpace() {
        assertThat(ClaimMapping.identity(Map.of("email", " Aino.Virtanen@Pohjola.example "), ENTRA))
                .contains("aino.virtanen@pohjola.example");
        assertThat(ENTRA.match()).isEqualTo(OpenIdSettings.Match.EMAIL);
    }

    @Test
    void aMissingBlankOrNonTextClaimNamesNobody() {
        assertThat(ClaimMapping.identity(Map.of("sub", "123"), ENTRA)).isEmpty();
        assertThat(ClaimMapping.identity(Map.of("email", "  "), ENTRA)).isEmpty();
        assertThat(ClaimMapping.identity(Map.of("email", List.of("a@b.example")), ENTRA))
                .isEmpty();
    }

    @Test
    void keycloaksUsernameAndNestedRealmRolesAreRead() {
        Map<String, Object> claims = Map.of(
                "preferred_username", "Aino.V", "realm_access", Map.of("roles", List.of("offline_access", "hr")));

        assertThat(ClaimMapping.identity(claims, KEYCLOAK)).contains("aino.v");
        assertThat(KEYCLOAK.match()).isEqualTo(OpenIdSettings.Match.USERNAME);
        assertThat(ClaimMapping.providerRoles(claims, KEYCLOAK)).isEqualTo(Map.of(Role.HR, true));
    }

    @Test
    void rolesComeFromAnyListedValueAndOnlyConfiguredRolesAreDecided() {
        assertThat(ClaimMapping.providerRoles(Map.of("roles", List.of("Kohtaamo.HR")), ENTRA))
                .isEqualTo(Map.of(Role.HR, true, Role.ADMIN, false));
        assertThat(ClaimMapping.providerRoles(Map.of("roles", "Kohtaamo.Everything"), ENTRA))
                .isEqualTo(Map.of(Role.HR, true, Role.ADMIN, true));
        // Values are compared exactly: another case is another group.
        assertThat(ClaimMapping.providerRoles(Map.of("roles", List.of("kohtaamo.hr")), ENTRA))
                .isEqualTo(Map.of(Role.HR, false, Role.ADMIN, false));
        // Without a roles claim the configured roles are taken away; with no values set nothing is decided.
        assertThat(ClaimMapping.providerRoles(Map.of(), ENTRA)).isEqualTo(Map.of(Role.HR, false, Role.ADMIN, false));
        assertThat(ClaimMapping.providerRoles(Map.of("groups", List.of("hr")), settings(Map.of())))
                .isEmpty();
    }

    @Test
    void theProvidersRolesAreGivenAndTakenAndOthersStay() {
        Person person = new Person("aino.v", "aino@pohjola.example", "Aino", "Virtanen", null);
        person.getRoles().add(Role.ADMIN);

        boolean changed = ClaimMapping.apply(Map.of(Role.HR, true, Role.ADMIN, false), person);

        assertThat(changed).isTrue();
        assertThat(person.getRoles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(ClaimMapping.apply(Map.of(Role.HR, true), person)).isFalse();
    }

    @Test
    void aNewPersonsUsernameIsTheEmailsLocalPartMadeValidAndFree() {
        Set<String> taken = Set.of("aino.virtanen", "aino.virtanen-2");

        assertThat(ClaimMapping.username("Aino.Virtanen@pohjola.example", taken::contains))
                .isEqualTo("aino.virtanen-3");
        assertThat(ClaimMapping.username("jääskeläinen+hr@pohjola.example", taken::contains))
                .isEqualTo("j--skel-inen-hr");
        assertThat(ClaimMapping.username("al@x.example", taken::contains)).isEqualTo("al-");
    }

    @Test
    void unusableSettingsTurnSingleSignOnOffOrKeepTheirDefaults() {
        OpenIdSettings noSecret = settings(Map.of(
                "kohtaamo.oidc.issuer", "https://sso.example.fi/realms/pohjola",
                "kohtaamo.oidc.client.id", "kohtaamo",
                "kohtaamo.password.sign.in", "false"));
        assertThat(noSecret.enabled()).isFalse();
        // Without single sign-on nobody could sign in with passwords off, so they stay on.
        assertThat(noSecret.passwordSignIn()).isTrue();

        OpenIdSettings odd = settings(Map.of(
                "kohtaamo.oidc.issuer", "https://sso.example.fi/realms/pohjola",
                "kohtaamo.oidc.client.id", "kohtaamo",
                "kohtaamo.oidc.client.secret", "secret",
                "kohtaamo.oidc.match", "phone",
                "kohtaamo.oidc.provision", "true",
                "kohtaamo.password.sign.in", "false"));
        assertThat(odd.enabled()).isTrue();
        assertThat(odd.match()).isEqualTo(OpenIdSettings.Match.EMAIL);
        assertThat(odd.providerName()).isEqualTo("sso.example.fi");
        // Provisioning needs a unit to put people in.
        assertThat(odd.provision()).isFalse();
        assertThat(odd.passwordSignIn()).isFalse();

        assertThat(settings(Map.of(
                                "kohtaamo.oidc.issuer", "http://sso.example.fi/realms/pohjola",
                                "kohtaamo.oidc.client.id", "kohtaamo",
                                "kohtaamo.oidc.client.secret", "secret"))
                        .enabled())
                .as("plain http to another machine")
                .isFalse();
        assertThat(settings(Map.of(
                                "kohtaamo.oidc.issuer", "sso.example.fi",
                                "kohtaamo.oidc.client.id", "kohtaamo",
                                "kohtaamo.oidc.client.secret", "secret"))
                        .enabled())
                .isFalse();
    }
}
