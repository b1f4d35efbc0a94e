package fi.kohtaamo.learning;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.learning.control.Assignments;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Team progress and one person's page over real HTTP: attendance beside module status, short column titles named by
 * their full titles, a link from each name to the person's page, and that page's modules, quiz result, workshops and
 * commitments. A supervisor opens only the people of the units they oversee: another unit's person, like an id that
 * names nobody, answers 403; HR opens anyone.
 */
@ExtendWith(ArquillianExtension.class)
class TeamProgressIT {

    @ArquillianResource
    URL base;

    @Inject
    TestOrganisation made;

    @Inject
    Assignments assignments;

    @Inject
    Progresses progresses;

    @Inject
    Learners learners;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** A unit with its supervisor and two employees, given both tracks. */
    private record Team(Unit unit, Person supervisor, Person first, Person second) {}

    private Team team() {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.EMPLOYEE);
        Team team = new Team(
                unit,
                supervisor,
                made.person(unit, Set.of(), Role.EMPLOYEE),
                made.person(unit, Set.of(), Role.EMPLOYEE));
        for (String track : List.of("staff", "supervisor-coaching")) {
            assignments.create(
                    supervisor,
                    new Assignments.Request(
                            null,
                            track,
                            unit.getId(),
                            null,
                            null,
                            LocalDate.now(OrganisationZone.ZONE).plusDays(30),
                            null));
        }
        return team;
    }

    /** A session of the unit that was held {@code daysAgo} days ago, with who was invited and who came. */
    private WorkshopSession held(Team team, int daysAgo, Set<Long> invited, Set<Long> came) throws Exception {
        transaction.begin();
        WorkshopSession session = new WorkshopSession(
                em.find(Unit.class, team.unit().getId()),
                em.find(WorkshopGuide.class, "what-customers-feel"),
                em.find(Person.class, team.supervisor().getId()));
        session.schedule(
                LocalDateTime.now(OrganisationZone.ZONE)
                        .minusDays(daysAgo)
                        .withHour(9)
                        .withMinute(0),
                60,
                "Neuvotteluhuone",
                null);
        session.invite(invited);
        session.recordAttendance(came);
        em.persist(session);
        transaction.commit();
        return session;
    }

    private void commitment(WorkshopSession session, String what, Person owner, LocalDate due) throws Exception {
        transaction.begin();
        em.persist(new Commitment(
                em.find(WorkshopSession.class, session.getId()),
                what,
                owner == null ? null : em.find(Person.class, owner.getId()),
                due,
                null,
                null));
        transaction.commit();
    }

    private WebClient signIn(Person person) {
        return WebClient.signedIn(base, person.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en");
    }

    private String title(String moduleId) {
        return learners.modules().get(moduleId).getHeading().getTitle().in("en");
    }

    @Test
    void teamProgressShowsAttendanceBesideModulesAndDrillsIntoOnePerson() throws Exception {
        Team team = team();
        long first = team.first().getId();
        long second = team.second().getId();
        WorkshopSession came = held(team, 20, Set.of(first, second), Set.of(first));
        held(team, 6, Set.of(first, second), Set.of(second));
        held(team, 3, Set.of(second), Set.of());
        commitment(
                came,
                "Soitamme asiakkaalle takaisin samana päivänä",
                team.first(),
                LocalDate.now(OrganisationZone.ZONE).minusDays(2));
        commitment(
                came,
                "Kysymme jokaiselta asiakkaalta, saiko hän apua",
                null,
                LocalDate.now(OrganisationZone.ZONE).plusDays(9));
        Progress progress = progresses.start(team.first(), "no-bouncing");
        progresses.quizAttempt(progress.getId(), 1, "[]", 60, false);
        progresses.quizAttempt(progress.getId(), 1, "[]", 90, true);
        progresses.complete(progress.getId(), 1);

        WebClient supervisor = signIn(team.supervisor());
        Document page =
                supervisor.page("learning/team-progress?unit=" + team.unit().getId());
        Element firstRow = row(page, team.first());
        assertThat(firstRow.text()).contains("1 / 2 attended", "Last:", "Completed", "(90 %)");
        assertThat(row(page, team.second()).text()).contains("1 / 3 attended");
        assertThat(firstRow.selectFirst("a").attr("href")).contains("learning/person-progress?person=" + first);

        List<Element> headers = page.select("#matrix\\:progress thead th");
        assertThat(headers).hasSize(2 + 9);
        Element basics = headers.stream()
                .filter(th -> th.attr("aria-label").equals(title("customer-experience-basics")))
                .findFirst()
                .orElseThrow();
        assertThat(basics.selectFirst(".short-title").text()).isEqualTo("E1");
        assertThat(headers.stream().map(th -> th.select(".short-title").text()))
                .containsSubsequence("E1", "E2", "E3", "E4", "S1", "S2", "S3", "S4", "S5");
        assertThat(page.select("#legend dt").eachText()).hasSize(9).contains("E1", "S5");
        assertThat(page.select("#legend dd").eachText()).contains(title("no-bouncing"), title("trust-in-partnerships"));

        Document person = supervisor.page("learning/person-progress?person=" + first);
        assertThat(person.selectFirst("h1").text()).isEqualTo(team.first().getFullName() + ": progress");
        assertThat(person.select("#nav-team-progress").attr("aria-current"))
                .as("a person's progress is reached from team progress")
                .isEqualTo("true");
        assertThat(person.select("#modules > li")).hasSize(9);
        Element bouncing = person.select("#modules > li").stream()
                .filter(li -> li.text().contains(title("no-bouncing")))
                .findFirst()
                .orElseThrow();
        assertThat(bouncing.text()).contains("Completed", "Quiz 90 % (2 attempts)", "Due");
        assertThat(person.selectFirst("#attendance").text()).isEqualTo("1 / 2 attended");
        assertThat(person.select("#workshops > li").eachText())
                .hasSize(2)
                .satisfiesExactly(
                        latest -> assertThat(latest).contains("Absent"),
                        earlier -> assertThat(earlier).contains("Present"));
        assertThat(person.select("#workshops a").attr("href")).contains("workshop/session?id=");
        assertThat(person.select("#commitments > li").eachText())
                .satisfiesExactlyInAnyOrder(
                        own -> assertThat(own).contains("Soitamme asiakkaalle", "Own", "Overdue"),
                        whole -> assertThat(whole).contains("Kysymme jokaiselta", "The whole team"));
        assertThat(person.selectFirst("#back").attr("href"))
                .contains("team-progress?unit=" + team.unit().getId());
    }

    @Test
    void aSupervisorOpensOnlyThePeopleOfTheUnitsTheyOverseeAndHrOpensAnyone() {
        Team own = team();
        Team other = team();
        WebClient supervisor = signIn(own.supervisor());

        assertThat(supervisor
                        .get("learning/person-progress?person=" + own.second().getId())
                        .statusCode())
                .isEqualTo(200);
        var refused = supervisor.get(
                "learning/person-progress?person=" + other.first().getId());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(other.first().getLastName());
        assertThat(supervisor.get("learning/person-progress?person=987654321").statusCode())
                .as("an id that names nobody answers as another unit's person does")
                .isEqualTo(403);
        assertThat(supervisor.get("learning/person-progress?person=abc").statusCode())
                .isEqualTo(404);
        assertThat(supervisor.get("learning/person-progress").statusCode()).isEqualTo(404);

        Person hr = made.person(made.unit(), Set.of(), Role.HR);
        Document page = signIn(hr)
                .page("learning/person-progress?person=" + other.first().getId());
        assertThat(page.selectFirst("h1").text()).contains(other.first().getFullName());
        assertThat(page.selectFirst("#attendance").text()).isEqualTo("Not invited yet");
        assertThat(page.select("#workshops > li")).isEmpty();
        assertThat(page.text()).contains("Not invited to any workshop yet.", "No commitments yet.");

        assertThat(signIn(other.first())
                        .get("learning/person-progress?person=" + other.first().getId())
                        .statusCode())
                .as("an employee has no team view")
                .isEqualTo(403);
    }

    private static Element row(Document page, Person person) {
        return page.select("#matrix\\:progress tbody tr").stream()
                .filter(tr -> tr.text().contains(person.getLastName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row of " + person.getLastName() + " in " + page.text()));
    }
}
