package fi.kohtaamo.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.i18n.ReaderZone;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.survey.control.Invitations;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log in a running Kohtaamo: people sign in, change roles, download and are refused over real HTTP (as a
 * browser would, without one), and the test reads the log from inside the server. Each test makes its own unit and
 * people. What erasing a person does to the log is {@code privacy/PrivacyIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final String PASSWORD = TestOrganisation.PASSWORD;

    @ArquillianResource
    URL base;

    @Inject
    AuditLog audit;

    @Inject
    Units units;

    @Inject
    People people;

    @Inject
    TestOrganisation made;

    @Inject
    Pulses pulses;

    @Inject
    Settings settings;

    @Inject
    Invitations invitations;

    private WebClient signIn(Person person) {
        return WebClient.signedIn(base, person.getUsername(), PASSWORD);
    }

    private List<AuditEvent> events(String actor, AuditAction action) {
        return audit.find(new AuditFilter(null, null, actor, action, null), 0, 100, true);
    }

    @Test
    void signInsAndFailedSignInsAreLoggedWithTheAddressTheyCameFrom() {
        Person person = made.person(made.unit(), Set.of(), Role.EMPLOYEE);

        HttpResponse<String> failed = WebClient.anonymous(base).trySignIn(person.getUsername(), "wrong password here");
        signIn(person);

        assertThat(failed.uri().getPath()).endsWith("/login");
        List<AuditEvent> failures = events(person.getUsername(), AuditAction.SIGN_IN_FAILED);
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getClientAddress()).isNotBlank();
        assertThat(failures.get(0).getAt())
                .isAfter(LocalDateTime.now(OrganisationZone.ZONE).minusMinutes(5));
        List<AuditEvent> signIns = events(person.getUsername(), AuditAction.SIGN_IN);
        assertThat(signIns).hasSize(1);
        assertThat(signIns.get(0).getActorPersonId()).isEqualTo(person.getId());
    }

    @Test
    void aRoleChangeIsLoggedWithWhoMadeItAndWhen() {
        Unit unit = made.unit();
        Person admin = made.person(unit, Set.of(), Role.ADMIN);
        Person employee = made.person(unit, Set.of(), Role.EMPLOYEE);
        WebClient session = signIn(admin);

        Document form = session.page("organisation/person?id=" + employee.getId());
        HttpResponse<String> saved = session.follow(
                session.submitAll(form, "person", Map.of("person:roles", List.of("EMPLOYEE", "HR")), "person:save"));

        assertThat(saved.uri().getPath()).endsWith("/organisation/people");
        assertThat(people.find(employee.getId()).orElseThrow().hasRole(Role.HR)).isTrue();
        List<AuditEvent> changes = events(admin.getUsername(), AuditAction.ROLES_CHANGED);
        assertThat(changes).hasSize(1);
        AuditEvent change = changes.get(0);
        assertThat(change.getActorPersonId()).isEqualTo(admin.getId());
        assertThat(change.getTargetId()).isEqualTo(employee.getId().toString());
        assertThat(change.getDetail()).isEqualTo("EMPLOYEE → EMPLOYEE, HR");
        assertThat(change.getUnitId()).isEqualTo(unit.getId());
        assertThat(change.getAt())
                .isAfter(LocalDateTime.now(OrganisationZone.ZONE).minusMinutes(5));
    }

    @Test
    void unitsCreatedChangedMovedAndDeactivatedAreLogged() {
        Unit unit = made.unit();
        Unit elsewhere = made.unit().getParent();
        Unit oldRegion = unit.getParent();
        String id = unit.getId().toString();

        unit.setName(unit.getName() + " (uusi nimi)");
        Unit renamed = units.save(unit, oldRegion.getId());
        units.save(renamed, elsewhere.getId());
        units.setActive(unit.getId(), false);
        units.setActive(unit.getId(), false);
        units.setActive(unit.getId(), true);

        assertThat(about(id, AuditAction.UNIT_CREATED))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.getDetail()).isEqualTo(unit.getCode() + ", UNIT, under " + oldRegion.getName()));
        assertThat(about(id, AuditAction.UNIT_CHANGED))
                .extracting(AuditEvent::getDetail)
                .containsExactly(unit.getCode() + ", Yksikkö " + unit.getCode() + ", UNIT → " + unit.getCode() + ", "
                        + unit.getName() + ", UNIT");
        assertThat(about(id, AuditAction.UNIT_MOVED))
                .extracting(AuditEvent::getDetail)
                .containsExactly(oldRegion.getName() + " → " + elsewhere.getName());
        assertThat(about(id, AuditAction.UNIT_DEACTIVATED))
                .as("only a change is logged")
                .hasSize(1);
        assertThat(about(id, AuditAction.UNIT_REACTIVATED))
                .singleElement()
                .satisfies(e -> assertThat(e.getUnitId()).isEqualTo(unit.getId()));
    }

    @Test
    void pulseRoundsOpenedSettingsChangedAndInvitationDelaysAreLogged() {
        Unit unit = made.unit();
        Person hr = made.person(unit, Set.of(), Role.HR);
        int threshold = pulses.threshold();
        boolean requireTrack = settings.flag(Settings.REQUIRE_SUPERVISOR_TRACK);
        String title = "Auditoitu kierros " + unit.getCode();

        PulseRound round = pulses.open(
                hr,
                title,
                LocalDate.now(OrganisationZone.ZONE),
                LocalDate.now(OrganisationZone.ZONE).plusDays(7),
                Set.of(unit.getId()));
        pulses.setThreshold(threshold + 1);
        pulses.setThreshold(threshold);
        settings.setFlag(Settings.REQUIRE_SUPERVISOR_TRACK, !requireTrack);
        settings.setFlag(Settings.REQUIRE_SUPERVISOR_TRACK, requireTrack);
        invitations.setDelay(unit.getId(), 45);
        invitations.setDelay(unit.getId(), 45);

        assertThat(about(round.getId().toString(), AuditAction.PULSE_ROUND_OPENED))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getTargetLabel()).isEqualTo(title);
                    assertThat(e.getDetail())
                            .isEqualTo(LocalDate.now(OrganisationZone.ZONE) + " – "
                                    + LocalDate.now(OrganisationZone.ZONE).plusDays(7) + ", 1 units");
                });
        List<AuditEvent> thresholds = about(Settings.PULSE_THRESHOLD, AuditAction.SETTING_CHANGED);
        assertThat(thresholds.get(0).getDetail()).isEqualTo((threshold + 1) + " → " + threshold);
        assertThat(thresholds.get(1).getDetail()).endsWith(" → " + (threshold + 1));
        assertThat(about(Settings.REQUIRE_SUPERVISOR_TRACK, AuditAction.SETTING_CHANGED)
                        .get(0)
                        .getDetail())
                .isEqualTo(!requireTrack + " → " + requireTrack);
        assertThat(about(unit.getId().toString(), AuditAction.INVITATION_DELAY_CHANGED))
                .as("the second save changed nothing")
                .extracting(AuditEvent::getDetail)
                .containsExactly("120 → 45 min");
    }

    /** The events of an action about one target, newest first. */
    private List<AuditEvent> about(String targetId, AuditAction action) {
        return events(null, action).stream()
                .filter(e -> targetId.equals(e.getTargetId()))
                .toList();
    }

    @Test
    void aDownloadIsLogged() {
        Person hr = made.person(made.unit(), Set.of(), Role.HR);

        HttpResponse<String> pdf = signIn(hr).get("insight/pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(events(hr.getUsername(), AuditAction.EXPORTED))
                .extracting(AuditEvent::getTargetLabel, AuditEvent::getDetail)
                .containsExactly(tuple("insight", "pdf"));
    }

    @Test
    void refusedAccessIsLoggedBothForAnotherUnitAndForAnotherRolesPage() {
        Unit own = made.unit();
        Unit other = made.unit();
        Person supervisor = made.person(own, Set.of(own), Role.EMPLOYEE);
        WebClient session = signIn(supervisor);

        HttpResponse<String> team = session.get("organisation/team?unit=" + other.getId());
        HttpResponse<String> log = session.get("audit/log");

        assertThat(team.statusCode()).isEqualTo(403);
        assertThat(log.statusCode()).isEqualTo(403);
        List<AuditEvent> refusals = events(supervisor.getUsername(), AuditAction.ACCESS_DENIED);
        assertThat(refusals)
                .as(() -> events(null, AuditAction.ACCESS_DENIED).stream()
                        .map(e -> e.getActorUsername() + " " + e.getTargetLabel() + ": " + e.getDetail())
                        .toList()
                        .toString())
                .hasSize(2);
        AuditEvent unitRefusal = refusals.get(1);
        assertThat(unitRefusal.getTargetLabel()).contains("/organisation/team");
        assertThat(unitRefusal.getDetail()).contains(other.getId().toString()).contains("outside");
        assertThat(refusals.get(0).getTargetLabel()).contains("/audit/log");
        assertThat(refusals.get(0).getActorPersonId()).isEqualTo(supervisor.getId());
    }

    @Test
    void hrFiltersTheLogWhileSupervisorsAndEmployeesAreRefused() {
        Unit unit = made.unit();
        Person hr = made.person(unit, Set.of(), Role.HR);
        Person employee = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person supervisor = made.person(unit, Set.of(unit), Role.EMPLOYEE);
        WebClient.anonymous(base).trySignIn(employee.getUsername(), "not the password");
        WebClient employeeSession = signIn(employee);

        WebClient hrSession = signIn(hr);
        HttpResponse<String> failures =
                hrSession.get("audit/log?action=SIGN_IN_FAILED&actor=" + employee.getUsername());
        HttpResponse<String> all = hrSession.get("audit/log?actor=" + employee.getUsername());
        HttpResponse<String> none = hrSession.get("audit/log?actor=" + employee.getUsername() + "&to=2000-01-01");

        assertThat(failures.statusCode()).isEqualTo(200);
        assertThat(failures.body())
                .contains(employee.getUsername())
                .contains("data-action=\"SIGN_IN_FAILED\"")
                .doesNotContain("data-action=\"SIGN_IN\"");
        assertThat(all.body()).contains("data-action=\"SIGN_IN_FAILED\"").contains("data-action=\"SIGN_IN\"");
        assertThat(none.body()).doesNotContain("data-action=");
        assertThat(employeeSession.get("audit/log").statusCode()).isEqualTo(403);
        assertThat(signIn(supervisor).get("audit/log").statusCode()).isEqualTo(403);
    }

    @Test
    void theLogShowsTimesInTheZoneItsReaderChoseAndOthersInTheOrganisations() {
        Unit unit = made.unit();
        Person employee = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person traveller = made.person(unit, Set.of(), Role.HR);
        Person stayer = made.person(unit, Set.of(), Role.HR);
        ZoneId own =
                ZoneId.of(OrganisationZone.ZONE.getId().equals("Europe/London") ? "Europe/Athens" : "Europe/London");
        signIn(employee);
        LocalDateTime at =
                events(employee.getUsername(), AuditAction.SIGN_IN).get(0).getAt();
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss");

        WebClient travellerSession = signIn(traveller);
        HttpResponse<String> chosen = travellerSession.follow(travellerSession.submit(
                travellerSession.page("password"), "zone", Map.of("zone:choice", own.getId()), "zone:save"));
        String travellersLog = travellerSession
                .get("audit/log?actor=" + employee.getUsername())
                .body();
        String stayersLog =
                signIn(stayer).get("audit/log?actor=" + employee.getUsername()).body();

        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(people.find(traveller.getId()).orElseThrow().getTimeZone()).isEqualTo(own.getId());
        assertThat(travellersLog).contains(ReaderZone.in(own, at).format(shown)).doesNotContain(at.format(shown));
        assertThat(stayersLog).contains(at.format(shown));
    }
}
