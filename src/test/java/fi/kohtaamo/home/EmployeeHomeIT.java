package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.learning.control.Assignments;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The employee's home and "My learning" over real HTTP, for a person in a team of a unit made here: the workshop they
 * are invited to with its pre-work and calendar file (which nobody else may download), their track's modules in the
 * track's order, their own commitment and the team commitment of the unit above (not a sibling team's), and the
 * pulse survey while a round is open for them.
 */
@ExtendWith(ArquillianExtension.class)
class EmployeeHomeIT {

    private static final String PASSWORD = TestOrganisation.PASSWORD;

    @ArquillianResource
    URL base;

    @Inject
    TestOrganisation made;

    @Inject
    Units units;

    @Inject
    Sessions sessions;

    @Inject
    Assignments assignments;

    @Inject
    Pulses pulses;

    private Unit team(Unit above, String name) {
        Unit team = Unit.blank(UnitKind.TEAM);
        team.setCode(above.getCode() + "-" + name.substring(0, 3).toUpperCase(Locale.ROOT));
        team.setName(name + " " + above.getCode());
        return units.save(team, above.getId());
    }

    private WorkshopSession schedule(Person supervisor, Unit unit, LocalDateTime at, Person... invitees) {
        return sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(),
                        "what-customers-feel",
                        at,
                        60,
                        null,
                        "https://meet.example.com/kohtaamo",
                        Set.of(java.util.Arrays.stream(invitees)
                                .map(Person::getId)
                                .toArray(Long[]::new)),
                        null),
                Locale.ENGLISH);
    }

    @Test
    void theEmployeeSeesTheirWorkshopTrackCommitmentsAndPulseAndOnlyTheyGetTheCalendar() {
        Unit unit = made.unit();
        Unit evening = team(unit, "Iltavuoro");
        Unit morning = team(unit, "Aamuvuoro");
        Person supervisor = made.person(unit, Set.of(unit), Role.EMPLOYEE);
        Person employee = made.person(evening, Set.of(), Role.EMPLOYEE);
        Person sibling = made.person(morning, Set.of(), Role.EMPLOYEE);
        Person hr = made.person(unit, Set.of(), Role.HR);
        LocalDateTime at = LocalDate.now(OrganisationZone.ZONE).plusDays(20).atTime(9, 30);
        WorkshopSession session = schedule(supervisor, unit, at, employee, sibling);
        WorkshopSession morningOnly = schedule(supervisor, morning, at.plusDays(1), sibling);
        sessions.commit(
                supervisor,
                session.getId(),
                new Sessions.NewCommitment("Koko yksikkö soittaa takaisin samana päivänä", null, null, null, null));
        sessions.commit(
                supervisor,
                session.getId(),
                new Sessions.NewCommitment(
                        "Päivitän ohjeen " + employee.getUsername(), employee.getId(), null, null, null));
        sessions.commit(
                supervisor,
                morningOnly.getId(),
                new Sessions.NewCommitment("Aamuvuoron oma sopimus", null, null, null, null));
        assignments.create(
                hr,
                new Assignments.Request(
                        null,
                        "staff",
                        evening.getId(),
                        null,
                        null,
                        LocalDate.now(OrganisationZone.ZONE).plusDays(30),
                        null));
        PulseRound round = pulses.open(
                hr,
                "Pulssi " + unit.getCode(),
                LocalDate.now(OrganisationZone.ZONE),
                LocalDate.now(OrganisationZone.ZONE).plusDays(7),
                Set.of(unit.getId()));
        try {
            WebClient client =
                    WebClient.signedIn(base, employee.getUsername(), PASSWORD).inLanguage("en");
            Document home = client.page("home/employee");

            assertThat(home.getElementById("pulse").text()).contains("Pulssi " + unit.getCode());
            assertThat(home.getElementById("answer-pulse").attr("href")).endsWith("/pulse/answer");

            Element upcoming = home.getElementById("upcoming");
            assertThat(upcoming.select("li.home-workshop")).hasSize(1);
            assertThat(upcoming.text())
                    .contains(unit.getName())
                    .contains(supervisor.getFullName())
                    .contains("Complete first (the workshop's pre-work)")
                    .contains("The customer's experience")
                    .contains("9:30");
            assertThat(upcoming.select("a.workshop-link").attr("href")).isEqualTo("https://meet.example.com/kohtaamo");
            String calendar = upcoming.select("a.add-to-calendar").attr("href");
            assertThat(calendar).endsWith("/workshop/calendar?session=" + session.getId());

            HttpResponse<String> ics = client.get("workshop/calendar?session=" + session.getId());
            assertThat(ics.statusCode()).isEqualTo(200);
            assertThat(ics.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
            assertThat(ics.body())
                    .startsWith("BEGIN:VCALENDAR")
                    .contains("UID:" + session.getIcalUid())
                    .contains("BEGIN:VEVENT")
                    .contains("ATTENDEE")
                    .contains(employee.getEmail());
            assertThat(ics.body().split("\r\n"))
                    .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                            .isLessThanOrEqualTo(75));
            assertThat(client.get("workshop/calendar?session=" + morningOnly.getId())
                            .statusCode())
                    .as("a session they are not invited to")
                    .isEqualTo(404);
            assertThat(client.get("workshop/calendar?session=x").statusCode()).isEqualTo(404);
            assertThat(WebClient.signedIn(base, hr.getUsername(), PASSWORD)
                            .get("workshop/calendar?session=" + session.getId())
                            .statusCode())
                    .as("HR, not invited")
                    .isEqualTo(404);
            assertThat(WebClient.anonymous(base)
                            .get("workshop/calendar?session=" + session.getId())
                            .statusCode())
                    .as("nobody signed in is sent to sign in")
                    .isEqualTo(302);

            assertThat(home.getElementById("team-commitments").text())
                    .contains("Koko yksikkö soittaa takaisin samana päivänä")
                    .doesNotContain("Aamuvuoron oma sopimus");
            assertThat(home.getElementById("my-commitments").text()).contains("Päivitän ohjeen");

            Element track = home.getElementById("coming").selectFirst("a[href*=track?track=staff]");
            assertThat(track).as("the track heading links to the track page").isNotNull();
            assertThat(track.text()).isEqualTo("Staff customer-experience track");
            assertThat(home.getElementById("coming").text()).contains("0 / 4 modules completed");

            Document trackPage = client.page("learning/track?track=staff");
            assertThat(trackPage.select("h1").text()).isEqualTo("Staff customer-experience track");
            assertThat(trackPage.select("#nav-learning").attr("aria-current"))
                    .as("the track is reached from My learning")
                    .isEqualTo("true");
            assertThat(trackPage.getElementById("track-progress").text()).isEqualTo("0 of 4 modules done");
            assertThat(trackPage.select("#track-modules a.module-title").eachAttr("href"))
                    .as("in the track's order")
                    .extracting(href -> href.replaceFirst(".*id=", ""))
                    .containsExactly(
                            "customer-experience-basics",
                            "no-bouncing",
                            "response-time-and-promises",
                            "listening-valuing-understanding");
            assertThat(client.page("learning/track?track=supervisor-coaching")
                            .getElementById("missing-heading")
                            .text())
                    .as("an employee's track page for the supervisor track")
                    .isEqualTo("Track not found");

            Document learning = client.page("learning/my-learning");
            assertThat(learning.select("#assigned h3").eachText()).containsExactly("Staff customer-experience track");

            Document siblingHome = WebClient.signedIn(base, sibling.getUsername(), PASSWORD)
                    .inLanguage("en")
                    .page("home/employee");
            assertThat(siblingHome.getElementById("team-commitments").text())
                    .contains("Koko yksikkö soittaa takaisin samana päivänä")
                    .contains("Aamuvuoron oma sopimus");
            assertThat(siblingHome.getElementById("my-commitments").text())
                    .as("another person's own commitment")
                    .doesNotContain("Päivitän ohjeen");
            assertThat(siblingHome.select("#upcoming li.home-workshop")).hasSize(2);
        } finally {
            pulses.closeEarly(round.getId());
        }
        WebClient after =
                WebClient.signedIn(base, employee.getUsername(), PASSWORD).inLanguage("en");
        assertThat(after.page("home/employee").getElementById("pulse"))
                .as("no pulse tile once the round is closed")
                .isNull();
    }
}
