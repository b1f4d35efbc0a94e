package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.learning.control.Assignments;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.survey.control.Responses;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home pages in a running Kohtaamo, read over real HTTP by the people they are for: where the employee works and
 * who leads them, and the supervisor's cockpit with its figures, its links and its empty states, for one unit at a
 * time. Each test makes its own units, people, answers and workshops.
 */
@ExtendWith(ArquillianExtension.class)
class HomeIT {

    private static final String PASSWORD = TestOrganisation.PASSWORD;

    @ArquillianResource
    URL base;

    @Inject
    Units units;

    @Inject
    People people;

    @Inject
    TestOrganisation made;

    @Inject
    Assignments assignments;

    @Inject
    Progresses progresses;

    @Inject
    Responses responses;

    @Inject
    Sessions sessions;

    @Inject
    Pulses pulses;

    @Test
    void theEmployeeSeesTheirUnitAndLeaderAndTheLeaderSeesTheirUnit() {
        String code = "HO-" + UUID.randomUUID().toString().substring(0, 8);
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode(code);
        unit.setName("Kotiyksikkö " + code);
        unit = units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
        Person leader = made.person(unit, Set.of(unit), Role.EMPLOYEE);
        Person employee = made.person(unit, Set.of(), Role.EMPLOYEE);

        WebClient employeeSession = WebClient.signedIn(base, employee.getUsername(), PASSWORD);
        String employeeHome = employeeSession.get("home/employee").body();
        Document leaderHome =
                WebClient.signedIn(base, leader.getUsername(), PASSWORD).page("home/supervisor");

        assertThat(employeeHome)
                .contains(employee.getFullName())
                .contains(unit.getName())
                .contains(leader.getFullName());
        assertThat(leaderHome.select("#cockpit-unit").text()).isEqualTo(unit.getName());
        assertThat(leaderHome.select("#team-link").attr("href")).endsWith("organisation/team?unit=" + unit.getId());
        assertThat(employeeSession.get("home/supervisor").statusCode()).isEqualTo(403);
    }

    @Test
    void theCockpitShowsTheUnitsFiguresAndLinksWhereTheWorkIsDone() {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.EMPLOYEE);
        Person anna = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person bert = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person done = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person gone = made.person(unit, Set.of(), Role.EMPLOYEE);
        people.setActive(gone.getId(), false);
        LocalDate today = LocalDate.now(OrganisationZone.ZONE);
        assignments.create(
                supervisor,
                new Assignments.Request("no-bouncing", null, unit.getId(), null, null, today.minusDays(3), null));
        complete(done, "no-bouncing");
        for (String module : List.of(
                "leading-customer-centricity",
                "coaching-your-team",
                "six-internal-factors",
                "reading-customer-feedback",
                "trust-in-partnerships")) {
            complete(supervisor, module);
        }
        YearMonth lastMonth = YearMonth.now(OrganisationZone.ZONE).minusMonths(1);
        answers(unit, lastMonth, 8, 2, 2);
        answers(unit, lastMonth.minusMonths(1), 9, 0, 1);
        WorkshopSession session = sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(),
                        "what-customers-feel",
                        today.plusDays(10).atTime(LocalTime.of(10, 0)),
                        90,
                        "Taukotila",
                        null,
                        Set.of(anna.getId(), bert.getId(), done.getId()),
                        null),
                Locale.ENGLISH);
        sessions.commit(
                supervisor,
                session.getId(),
                new Sessions.NewCommitment("Kuittaamme jokaisen viestin heti", null, today.minusDays(2), null, null));
        sessions.commit(
                supervisor,
                session.getId(),
                new Sessions.NewCommitment(
                        "Soitamme takaisin samana päivänä", anna.getId(), today.plusDays(2), null, null));

        Document home = WebClient.signedIn(base, supervisor.getUsername(), PASSWORD)
                .inLanguage("en")
                .page("home/supervisor");

        assertThat(home.select("#tile-own .stat").text()).isEqualTo("5 / 5");
        assertThat(home.select("#nps-value").text()).isEqualTo("50");
        assertThat(home.select("#nps-margin").text()).endsWith("(n = 12)");
        assertThat(home.select("#nps-month").text())
                .as("last month, named")
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.UK)
                        .format(today.minusMonths(1)));
        assertThat(home.select("#nps-change").text()).isEqualTo("-30 points against the month before");
        assertThat(home.select("#tile-nps svg.sparkline polyline")).hasSize(1);
        assertThat(home.select("#overdue").text())
                .contains(anna.getFullName() + " – No bouncing")
                .contains(bert.getFullName() + " – No bouncing")
                .doesNotContain(done.getFullName())
                .doesNotContain(gone.getFullName());
        assertThat(home.select("#workshop-guide").text()).isEqualTo("What our customers feel");
        assertThat(home.select("#workshop-invited").text()).isEqualTo("3 people invited");
        assertThat(home.select("#facilitate-link").attr("href")).endsWith("workshop/facilitate?id=" + session.getId());
        assertThat(home.select("#commitments-counts").text()).isEqualTo("2 open, 1 overdue");
        assertThat(home.select("#commitments-soon").text())
                .contains("Soitamme takaisin samana päivänä")
                .contains(anna.getFullName());
        assertThat(home.select("#commitments-overdue").text())
                .contains("Kuittaamme jokaisen viestin heti")
                .contains("The whole team");
        assertThat(home.select("#tile-pulse .empty-state").text())
                .contains("at least " + pulses.threshold() + " people");
        assertThat(home.select("#next-step").text())
                .isEqualTo("NPS fell 30 points last month: read what customers wrote");
        assertThat(home.select("#next-step").attr("href")).endsWith("/survey/results?unit=" + unit.getId());
        assertThat(home.select("#staff-link").attr("href")).endsWith("learning/team-progress?unit=" + unit.getId());
        assertThat(home.select("#nps-link").attr("href")).endsWith("survey/results?unit=" + unit.getId());
        assertThat(home.select("#commitments-link").attr("href")).endsWith("insight/unit?unit=" + unit.getId());
    }

    @Test
    void aSupervisorOfTwoUnitsSwitchesBetweenThemAndIsRefusedAnyOther() {
        Unit first = made.unit();
        Unit second = made.unit();
        Unit other = made.unit();
        Person supervisor = made.person(first, Set.of(first, second), Role.EMPLOYEE);
        WebClient client =
                WebClient.signedIn(base, supervisor.getUsername(), PASSWORD).inLanguage("en");

        Document home = client.page("home/supervisor?unit=" + second.getId());

        assertThat(home.select("#cockpit-unit").text()).isEqualTo(second.getName());
        assertThat(home.select("#unit-switch a").attr("href")).endsWith("home/supervisor?unit=" + first.getId());
        assertThat(home.select("#unit-switch [aria-current=page]").text()).isEqualTo(second.getName());
        assertThat(home.select("#next-step").text()).startsWith("5 modules of your supervisor track are left");
        assertThat(home.select("#next-step").attr("href")).endsWith("/learning/module?id=leading-customer-centricity");
        assertThat(home.select("#tile-nps .empty-state").text()).startsWith("No customer answers last month");
        assertThat(home.select("#tile-commitments .empty-state").text()).startsWith("No open commitments");
        assertThat(home.select("#workshop-next-guide").text())
                .isEqualTo("Next in the sequence: What our customers feel");
        String schedule = home.select("#schedule-link").attr("href");
        assertThat(schedule).contains("workshop/session-edit?unit=" + second.getId() + "&guide=");
        Document form = client.page(schedule.substring(schedule.indexOf("workshop/")));
        assertThat(form.select("#session\\:unit option[selected]").attr("value"))
                .isEqualTo(String.valueOf(second.getId()));
        assertThat(form.select("#session\\:guide option[selected]").text())
                .isEqualTo("What our customers feel (90 min)");
        assertThat(client.get("home/supervisor?unit=" + other.getId()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aSupervisorWhoseOnlyUnitClosedIsToldTheyLeadNone() {
        Unit closed = made.unit();
        Person supervisor = made.person(closed, Set.of(closed), Role.EMPLOYEE);
        units.setActive(closed.getId(), false);

        Document home = WebClient.signedIn(base, supervisor.getUsername(), PASSWORD)
                .inLanguage("en")
                .page("home/supervisor");

        assertThat(home.select("#no-units").text()).startsWith("You do not lead any unit yet.");
    }

    private void complete(Person person, String module) {
        Progress progress = progresses.start(person, module);
        progresses.complete(progress.getId(), 1);
    }

    /** A month's customer answers: promoters (10), passives (8) and detractors (3). */
    private void answers(Unit unit, YearMonth month, int promoters, int passives, int detractors) {
        List<CustomerResponse> batch = new ArrayList<>();
        int[] counts = {promoters, passives, detractors};
        int[] scores = {10, 8, 3};
        for (int group = 0; group < 3; group++) {
            for (int i = 0; i < counts[group]; i++) {
                batch.add(new CustomerResponse(
                        unit,
                        month.atDay(1 + batch.size()).atTime(12, 0),
                        scores[group],
                        null,
                        null,
                        Channel.VISIT,
                        Source.API,
                        null));
            }
        }
        responses.record(batch);
    }
}
