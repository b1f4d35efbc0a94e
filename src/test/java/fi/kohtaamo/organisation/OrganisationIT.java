package fi.kohtaamo.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kohtaamo.insight.control.Insights;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.PersonIdentityStore;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.platform.security.SignInThrottle;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation and its access rules inside a running Kohtaamo on Payara Micro, against the real database (H2 or
 * PostgreSQL, as the build chooses). Each test makes its own units and people with unique codes.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    Units units;

    @Inject
    People people;

    @Inject
    Oversight oversight;

    @Inject
    Progresses progresses;

    @Inject
    Insights insights;

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonIdentityStore identityStore;

    @Inject
    SignInThrottle throttle;

    /** A region with two units; the first unit has a team. */
    private record Tree(Unit region, Unit unit, Unit team, Unit otherUnit) {}

    private Tree tree() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Unit region = unit(UnitKind.REGION, "R-" + id, units.findByCode("PP").orElseThrow());
        Unit unit = unit(UnitKind.UNIT, "U-" + id, region);
        return new Tree(region, unit, unit(UnitKind.TEAM, "T-" + id, unit), unit(UnitKind.UNIT, "O-" + id, region));
    }

    private Unit unit(UnitKind kind, String code, Unit parent) {
        Unit unit = Unit.blank(kind);
        unit.setCode(code);
        unit.setName("Yksikkö " + code);
        return units.save(unit, parent.getId());
    }

    private Person person(Unit unit, Set<Unit> supervised, Role... roles) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Person person = new Person("it." + id, "it." + id + "@example.com", "Testi", "Henkilö " + id, unit);
        person.getRoles().addAll(List.of(roles));
        return people.save(person, supervised, PASSWORD);
    }

    @Test
    void staffCompletionsCountForTheUnitAPersonIsInNow() {
        Tree tree = tree();
        Person employee = person(tree.unit(), Set.of(), Role.EMPLOYEE);
        String module =
                em.find(Track.class, Insights.STAFF_TRACK).getModuleIds().get(0);
        Progress progress = progresses.start(employee, module);
        progresses.complete(progress.getId(), 1);
        progresses.complete(progress.getId(), 1);

        assertEquals(1, staffModulesDone(tree.unit()), "completing twice counts once");

        Person moved = people.find(employee.getId()).orElseThrow();
        moved.setUnit(tree.otherUnit());
        people.save(moved, Set.of(), null);

        assertEquals(0, staffModulesDone(tree.unit()));
        assertEquals(1, staffModulesDone(tree.otherUnit()));

        people.setActive(employee.getId(), false);

        assertEquals(0, staffModulesDone(tree.otherUnit()), "a deactivated person's completions no longer count");
    }

    private long staffModulesDone(Unit unit) {
        return insights.facts(Set.of(unit.getId())).get(0).staffModulesDone();
    }

    @Test
    void supervisorOverseesTheirUnitAndItsTeamsButNoOtherUnit() {
        Tree tree = tree();
        Person supervisor = person(tree.unit(), Set.of(tree.unit()), Role.EMPLOYEE);

        Set<Long> overseen = oversight.unitsOverseenBy(supervisor);

        assertEquals(Set.of(tree.unit().getId(), tree.team().getId()), overseen);
        assertTrue(supervisor.hasRole(Role.SUPERVISOR), "leading a unit makes a person a supervisor");
        assertFalse(oversight.oversees(supervisor, tree.otherUnit().getId()));
        assertThrows(
                AccessDenied.class,
                () -> oversight.requireOversees(supervisor, tree.otherUnit().getId()));
        assertThrows(
                AccessDenied.class,
                () -> oversight.requireOversees(supervisor, tree.region().getId()));
    }

    @Test
    void supervisorOfARegionOverseesEveryUnitBelowIt() {
        Tree tree = tree();
        Person regional = person(tree.region(), Set.of(tree.region()), Role.EMPLOYEE);

        assertTrue(oversight
                .unitsOverseenBy(regional)
                .containsAll(Set.of(
                        tree.region().getId(),
                        tree.unit().getId(),
                        tree.team().getId(),
                        tree.otherUnit().getId())));
    }

    @Test
    void hrOverseesEveryUnitAndAnEmployeeNone() {
        Tree tree = tree();
        Person hr = person(tree.unit(), Set.of(), Role.HR);
        Person employee = person(tree.team(), Set.of(), Role.EMPLOYEE);

        assertEquals(units.allIds(), oversight.unitsOverseenBy(hr));
        assertTrue(oversight.unitsOverseenBy(employee).isEmpty());
        assertThrows(
                AccessDenied.class,
                () -> oversight.requireOversees(employee, tree.team().getId()));
    }

    @Test
    void deactivatedSupervisorOverseesNothingAndCannotSignIn() {
        Tree tree = tree();
        Person supervisor = person(tree.unit(), Set.of(tree.unit()), Role.EMPLOYEE);

        people.setActive(supervisor.getId(), false);
        Person deactivated = people.find(supervisor.getId()).orElseThrow();

        assertFalse(deactivated.isActive());
        assertTrue(oversight.unitsOverseenBy(deactivated).isEmpty());
        assertEquals(CredentialValidationResult.Status.INVALID, validate(supervisor.getUsername(), PASSWORD));
        assertEquals(supervisor.getUsername(), deactivated.getUsername(), "history is kept: the person still exists");
    }

    @Test
    void passwordIsStoredAsAPbkdf2HashAndNeverInClear() {
        Person person = person(tree().unit(), Set.of(), Role.EMPLOYEE);

        String hash = people.find(person.getId()).orElseThrow().getPasswordHash();

        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:210000:"), hash);
        assertFalse(hash.contains(PASSWORD));
    }

    @Test
    void signInGivesThePersonsRolesAsGroups() {
        Tree tree = tree();
        Person supervisor = person(tree.unit(), Set.of(tree.unit()), Role.EMPLOYEE, Role.HR);

        CredentialValidationResult result =
                identityStore.validate(new UsernamePasswordCredential(supervisor.getUsername(), PASSWORD));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(Set.of("EMPLOYEE", "SUPERVISOR", "HR"), result.getCallerGroups());
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenForTheRightPassword() {
        Person person = person(tree().unit(), Set.of(), Role.EMPLOYEE);
        String username = person.getUsername();

        for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
            assertEquals(CredentialValidationResult.Status.INVALID, validate(username, "wrong " + i));
            assertTrue(throttle.lockedUntil(username).isEmpty(), "not locked after " + i + " failures");
        }
        assertEquals(CredentialValidationResult.Status.INVALID, validate(username, "wrong again"));

        assertTrue(throttle.lockedUntil(username).isPresent());
        assertEquals(CredentialValidationResult.Status.INVALID, validate(username, PASSWORD));
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        Person person = person(tree().unit(), Set.of(), Role.EMPLOYEE);
        String username = person.getUsername();
        for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
            validate(username, "wrong " + i);
        }

        assertEquals(CredentialValidationResult.Status.VALID, validate(username, PASSWORD));
        validate(username, "one more slip");

        assertTrue(throttle.lockedUntil(username).isEmpty());
    }

    @Test
    void unitCannotMoveUnderItsOwnTeamNorATeamUnderARegion() {
        Tree tree = tree();

        assertThrows(
                IllegalArgumentException.class,
                () -> units.save(tree.unit(), tree.team().getId()));
        Unit team = units.find(tree.team().getId()).orElseThrow();
        assertThrows(
                IllegalArgumentException.class,
                () -> units.save(team, tree.region().getId()));

        assertEquals(
                tree.region(), units.find(tree.unit().getId()).orElseThrow().getParent());
        assertEquals(tree.unit(), units.find(tree.team().getId()).orElseThrow().getParent());
    }

    @Test
    void usernamesAndEmailsAreUniqueIgnoringCase() {
        Person person = person(tree().unit(), Set.of(), Role.EMPLOYEE);

        assertTrue(people.usernameTaken(person.getUsername().toUpperCase(), null));
        assertTrue(people.emailTaken(person.getEmail().toUpperCase(), null));
        assertFalse(people.usernameTaken(person.getUsername(), person.getId()), "a person does not clash with itself");
        assertTrue(units.codeTaken(person.getUnit().getCode().toLowerCase(), null));
    }

    @Test
    void demoOrganisationTellsItsStory() {
        List<Unit> all = units.all();
        long regions = all.stream()
                .filter(u -> u.getKind() == UnitKind.REGION && u.getCode().matches("ETELA|LANSI|POHJANMAA"))
                .count();
        Person supervisor = people.findByUsername("supervisor.demo").orElseThrow();
        Person employee = people.findByUsername("employee.demo").orElseThrow();
        Unit kamppi = units.findByCode(DemoOrganisation.DEMO_UNIT_CODE).orElseThrow();
        List<Long> demoTops = List.of("ETELA", "LANSI", "POHJANMAA", "PP-HQ").stream()
                .map(code -> units.findByCode(code).orElseThrow().getId())
                .toList();
        long demoStaff = people.inUnits(units.withDescendants(demoTops)).stream()
                // the demo's own people, not those that other tests have added to the demo units
                .filter(person -> person.getEmail().endsWith("@pohjolanpalvelu.example"))
                .count();

        assertEquals(3, regions);
        assertEquals(Set.of(kamppi), supervisor.getSupervisedUnits());
        assertEquals(kamppi, employee.getUnit());
        assertTrue(people.findByUsername("admin.demo").orElseThrow().hasRole(Role.ADMIN));
        assertTrue(people.findByUsername("hr.demo").orElseThrow().hasRole(Role.HR));
        assertTrue(demoStaff >= 140 && demoStaff <= 160, "about 150 people, was " + demoStaff);
    }

    private CredentialValidationResult.Status validate(String username, String password) {
        return identityStore
                .validate(new UsernamePasswordCredential(username, password))
                .getStatus();
    }
}
