package fi.kohtaamo.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.security.OpenIdSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who the provider's claims sign in, with the people kept in memory: matching, refusals with their reasons, the
 * provider's roles, provisioning, and what reaches the audit log.
 */
class SingleSignOnTest {

    private final Unit office = unit("HKI-HQ");
    private final Map<String, Person> people = new HashMap<>();
    private final List<Person> saved = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();

    private static Unit unit(String code) {
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode(code);
        return unit;
    }

    private SingleSignOn singleSignOn(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(Map.of(
                "kohtaamo.oidc.issuer", "https://sso.example.fi/realms/pohjola",
                "kohtaamo.oidc.client.id", "kohtaamo",
                "kohtaamo.oidc.client.secret", "secret",
                "kohtaamo.oidc.provider.name", "Pohjola ID",
                "kohtaamo.oidc.hr.values", "kohtaamo-hr"));
        all.putAll(values);
        SingleSignOn sso = new SingleSignOn();
        sso.settings = OpenIdSettings.of(name -> Optional.ofNullable(all.get(name)));
        sso.people = new People() {
            @Override
            public Optional<Person> findByEmail(String email) {
                return people.values().stream()
                        .filter(p -> p.getEmail().equalsIgnoreCase(email))
                        .findFirst();
            }

            @Override
            public Optional<Person> findByUsername(String username) {
                return Optional.ofNullable(people.get(username));
            }

            @Override
            public boolean usernameTaken(String username, Long exceptId) {
                return people.containsKey(username);
            }

            @Override
            public boolean emailTaken(String email, Long exceptId) {
                return findByEmail(email).isPresent();
            }

            @Override
            public Person save(Person person, Set<Unit> supervisedUnits, String newPassword) {
                saved.add(person);
                people.put(person.getUsername(), person);
                return person;
            }
        };
        sso.units = new Units() {
            @Override
            public Optional<Unit> findByCode(String code) {
                return Optional.of(office).filter(u -> u.getCode().equals(code));
            }
        };
        sso.audit = new AuditLog() {
            @Override
            public void signIn(AuditAction action, String username, String detail) {
                audited.add(action + " " + username + ": " + detail);
            }
        };
        return sso;
    }

    private Person person(String username) {
        Person person = new Person(username, username + "@pohjola.example", "Aino", "Virtanen", office);
        people.put(username, person);
        return person;
    }

    @Test
    void aKnownPersonIsMatchedByEmailAndGetsTheProvidersHrRole() {
        person("aino.v");

        SingleSignOn.Outcome outcome = singleSignOn(Map.of())
                .signIn(Map.of("email", "Aino.V@Pohjola.example", "groups", List.of("kohtaamo-hr")));

        assertThat(outcome).isEqualTo(new SingleSignOn.Admitted("aino.v", Set.of("EMPLOYEE", "HR")));
        assertThat(saved).extracting(Person::getUsername).containsExactly("aino.v");
        assertThat(audited).containsExactly("SIGN_IN aino.v: single sign-on: Pohjola ID");
    }

    @Test
    void rolesThatDoNotChangeSaveNothing() {
        person("aino.v").getRoles().add(Role.ADMIN);

        SingleSignOn.Outcome outcome =
                singleSignOn(Map.of()).signIn(Map.of("email", "aino.v@pohjola.example", "groups", List.of()));

        // HR is the provider's to give and it gives none; ADMIN is Kohtaamo's and stays.
        assertThat(outcome).isEqualTo(new SingleSignOn.Admitted("aino.v", Set.of("EMPLOYEE", "ADMIN")));
        assertThat(saved).isEmpty();
    }

    @Test
    void anUnknownADeactivatedAndAnUnnamedPersonAreRefusedEachWithItsReason() {
        person("eetu.l").deactivate();
        SingleSignOn sso = singleSignOn(Map.of());

        assertThat(sso.signIn(Map.of("email", "nobody@elsewhere.example")))
                .isEqualTo(new SingleSignOn.Refused(SingleSignOn.Reason.UNKNOWN, "nobody@elsewhere.example"));
        assertThat(sso.signIn(Map.of("email", "eetu.l@pohjola.example")))
                .isEqualTo(new SingleSignOn.Refused(SingleSignOn.Reason.INACTIVE, "eetu.l@pohjola.example"));
        assertThat(sso.signIn(Map.of("sub", "8f2c")))
                .isEqualTo(new SingleSignOn.Refused(SingleSignOn.Reason.NO_CLAIM, "8f2c"));
        assertThat(audited)
                .containsExactly(
                        "SIGN_IN_FAILED nobody@elsewhere.example: single sign-on: nobody has email"
                                + " nobody@elsewhere.example",
                        "SIGN_IN_FAILED eetu.l@pohjola.example: single sign-on: deactivated",
                        "SIGN_IN_FAILED 8f2c: single sign-on: the ID token has no email claim");
        assertThat(saved).isEmpty();
    }

    @Test
    void matchingByUsernameComparesTheUsernameClaim() {
        person("aino.v");

        SingleSignOn.Outcome outcome = singleSignOn(
                        Map.of("kohtaamo.oidc.person.claim", "preferred_username", "kohtaamo.oidc.match", "username"))
                .signIn(Map.of("preferred_username", "AINO.V", "email", "someone.else@pohjola.example"));

        assertThat(outcome).isEqualTo(new SingleSignOn.Admitted("aino.v", Set.of("EMPLOYEE")));
    }

    @Test
    void withProvisioningAnUnknownPersonJoinsTheConfiguredUnitNamedAsTheProviderNamesThem() {
        person("aino.virtanen");

        SingleSignOn.Outcome outcome = singleSignOn(
                        Map.of("kohtaamo.oidc.provision", "true", "kohtaamo.oidc.provision.unit", "HKI-HQ"))
                .signIn(Map.of(
                        "email", "Aino.Virtanen@Pohjola-Group.example",
                        "given_name", "Aino",
                        "family_name", "Virtanen",
                        "groups", List.of("kohtaamo-hr")));

        assertThat(outcome).isEqualTo(new SingleSignOn.Admitted("aino.virtanen-2", Set.of("EMPLOYEE", "HR")));
        Person added = people.get("aino.virtanen-2");
        assertThat(added.getEmail()).isEqualTo("aino.virtanen@pohjola-group.example");
        assertThat(added.getFullName()).isEqualTo("Aino Virtanen");
        assertThat(added.getUnit()).isSameAs(office);
        assertThat(added.getPasswordHash())
                .as("no password: they sign in with the provider")
                .isNull();
    }

    @Test
    void provisioningIntoAUnitThatDoesNotExistRefusesInstead() {
        SingleSignOn.Outcome outcome = singleSignOn(
                        Map.of("kohtaamo.oidc.provision", "true", "kohtaamo.oidc.provision.unit", "NO-SUCH"))
                .signIn(Map.of("email", "new.person@pohjola.example"));

        assertThat(outcome)
                .isEqualTo(new SingleSignOn.Refused(SingleSignOn.Reason.UNKNOWN, "new.person@pohjola.example"));
        assertThat(saved).isEmpty();
    }
}
