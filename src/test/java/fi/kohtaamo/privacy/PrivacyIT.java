package fi.kohtaamo.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.insight.control.Insights;
import fi.kohtaamo.insight.control.LearningTally;
import fi.kohtaamo.insight.control.WorkshopTally;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditEvent;
import fi.kohtaamo.platform.audit.AuditFilter;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.persistence.Database;
import fi.kohtaamo.privacy.control.PersonalData;
import fi.kohtaamo.workshop.control.Seats;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's right of access and to be forgotten in a running Kohtaamo: an administrator downloads and erases a person
 * over real HTTP (as a browser would, without one), and the test reads the export, the audit log and the database from
 * inside the server. Each test makes its own unit and people.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    private static final String PASSWORD = TestOrganisation.PASSWORD;
    private static final String MODULE = "no-bouncing";

    @ArquillianResource
    URL base;

    @Inject
    AuditLog audit;

    @Inject
    People people;

    @Inject
    TestOrganisation made;

    @Inject
    Progresses progresses;

    @Inject
    Sessions sessions;

    @Inject
    Seats seats;

    @Inject
    Insights insights;

    @Inject
    PersonalData personalData;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** Moves a session's start into the past, so that its attendance can be recorded (scheduling wants the future). */
    private void startedAnHourAgo(WorkshopSession session) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("update workshop_session set starts_at = ? where id = ?")) {
            update.setTimestamp(
                    1,
                    Timestamp.valueOf(LocalDateTime.now(OrganisationZone.ZONE).minusHours(1)));
            update.setLong(2, session.getId());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private WebClient signIn(Person person) {
        return WebClient.signedIn(base, person.getUsername(), PASSWORD);
    }

    private List<AuditEvent> events(String actor, AuditAction action) {
        return audit.find(new AuditFilter(null, null, actor, action, null), 0, 100, true);
    }

    /** An employee who has done a module (with a reflection and feedback) and a workshop with a commitment. */
    private record History(Unit unit, Person employee, Person supervisor, WorkshopSession session) {}

    private History history() {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.EMPLOYEE, Role.HR);
        Person employee = made.person(unit, Set.of(), Role.EMPLOYEE);
        Progress progress = progresses.start(employee, MODULE);
        progresses.answer(progress.getId(), 5, "0");
        progresses.quizAttempt(progress.getId(), 6, "0|1", 100, true);
        progresses.answer(progress.getId(), 7, "Kysyn " + employee.getLastName() + "n tavoin asiakkaalta ensin.");
        progresses.complete(progress.getId(), 7);
        progresses.rate(progress.getId(), 5, "Hyödyllinen, terveisin " + employee.getFullName());
        WorkshopSession session = sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(),
                        "customer-path",
                        LocalDate.now(OrganisationZone.ZONE).plusDays(7).atTime(9, 0),
                        90,
                        "Taukotila",
                        null,
                        Set.of(employee.getId()),
                        null),
                Locale.ENGLISH);
        WorkshopSession declined = sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(),
                        "customer-path",
                        LocalDate.now(OrganisationZone.ZONE).plusDays(8).atTime(9, 0),
                        90,
                        "Taukotila",
                        null,
                        Set.of(employee.getId()),
                        null),
                Locale.ENGLISH);
        seats.cancel(employee, declined.getId(), "Lomalla, terveisin " + employee.getFullName());
        startedAnHourAgo(session);
        sessions.recordAttendance(supervisor, session.getId(), Set.of(employee.getId()));
        sessions.commit(
                supervisor,
                session.getId(),
                new Sessions.NewCommitment(
                        "Soitamme takaisin samana päivänä",
                        employee.getId(),
                        LocalDate.now(OrganisationZone.ZONE).plusDays(30),
                        null,
                        null));
        return new History(unit, employee, supervisor, session);
    }

    @Test
    void personalDataExportHoldsProgressReflectionsAndCommitmentsAndIsLogged() {
        History history = history();
        people.setTimeZone(history.employee().getId(), "Europe/Oslo");
        Person admin = made.person(history.unit(), Set.of(), Role.ADMIN);
        WebClient session = signIn(admin);

        Document page =
                session.page("organisation/person?id=" + history.employee().getId());
        HttpResponse<String> download =
                session.submit(page, "personalData", Map.of(), "personalData:exportPersonalData");

        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonObject json = Json.createReader(new StringReader(download.body())).readObject();
        assertThat(json.getJsonObject("person").getString("username"))
                .isEqualTo(history.employee().getUsername());
        assertThat(json.getJsonObject("person").getString("timeZone")).isEqualTo("Europe/Oslo");
        assertThat(json.getJsonObject("person").getBoolean("remindersOff")).isFalse();
        assertThat(json.getJsonObject("person").isNull("employeeNumber"))
                .as("the HR system's number, none for a person added by hand")
                .isTrue();
        JsonObject progress =
                json.getJsonObject("learning").getJsonArray("progress").getJsonObject(0);
        assertThat(progress.getString("module")).isEqualTo(MODULE);
        assertThat(progress.getString("completedAt")).isNotBlank();
        assertThat(progress.getInt("quizScore")).isEqualTo(100);
        assertThat(progress.getJsonArray("answers").getValuesAs(JsonObject.class))
                .anySatisfy(answer -> assertThat(answer.getString("kind")).isEqualTo("REFLECTION"));
        JsonObject workshops = json.getJsonObject("workshops");
        assertThat(workshops.getJsonArray("invitations").getJsonObject(0).getBoolean("attended"))
                .isTrue();
        assertThat(workshops.getJsonArray("invitations").getJsonObject(0).getString("attendance"))
                .isEqualTo("ATTENDED");
        assertThat(workshops.getJsonArray("cancellations").getJsonObject(0).getString("reason"))
                .isEqualTo("Lomalla, terveisin " + history.employee().getFullName());
        assertThat(workshops.getJsonArray("commitments").getJsonObject(0).getString("what"))
                .isEqualTo("Soitamme takaisin samana päivänä");
        assertThat(json.getJsonArray("mail")).isNotEmpty();
        assertThat(events(admin.getUsername(), AuditAction.PERSONAL_DATA_EXPORTED))
                .extracting(AuditEvent::getTargetId)
                .containsExactly(history.employee().getId().toString());
    }

    @Test
    void erasingRemovesNameEmailAndUsernameEverywhereAndKeepsTheUnitsFigures() {
        History history = history();
        Person employee = history.employee();
        WebClient.anonymous(base).trySignIn(employee.getUsername(), "a wrong one");
        signIn(employee);
        Person admin = made.person(history.unit(), Set.of(), Role.ADMIN);
        Figures before = figures(history.unit());

        WebClient session = signIn(admin);
        Document page = session.page("organisation/person?id=" + employee.getId());
        HttpResponse<String> erased =
                session.follow(session.submit(page, "personalData", Map.of(), "personalData:erase"));

        assertThat(erased.statusCode()).isEqualTo(200);
        Person pseudonym = people.find(employee.getId()).orElseThrow();
        assertThat(pseudonym.getFullName()).isEqualTo("Poistettu henkilö #" + employee.getId());
        assertThat(pseudonym.isErased()).isTrue();
        assertThat(pseudonym.isActive()).isFalse();
        assertThat(pseudonym.getPasswordHash()).isNull();
        assertThat(erased.body()).contains("Poistettu henkilö #" + employee.getId());
        assertThat(people.findByUsername(employee.getUsername())).isEmpty();
        assertThat(figures(history.unit())).isEqualTo(before);

        List<String> traces = List.of(employee.getUsername(), employee.getEmail(), employee.getLastName());
        String everything = personalData.export(employee.getId()).toString();
        for (String trace : traces) {
            assertThat(everything).doesNotContain(trace);
            assertThat(audit.count(new AuditFilter(null, null, null, null, trace)))
                    .as("audit events naming " + trace)
                    .isZero();
            assertThat(audit.count(new AuditFilter(null, null, trace, null, null)))
                    .as("audit events by " + trace)
                    .isZero();
            assertThat(count(
                            "select count(*) from outbox_mail where recipient = ?1 or subject like ?2 or body like ?2"
                                    + " or calendar like ?2",
                            trace,
                            "%" + trace + "%"))
                    .as("mail naming " + trace)
                    .isZero();
        }
        assertThat(count(
                        "select count(*) from session_cancellation where person_id = ?1 and reason = '–'",
                        employee.getId()))
                .as("the reason typed for a cancellation is emptied, the cancellation stays")
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from step_answer a join module_progress p on p.id = a.progress_id"
                                + " where p.person_id = ?1 and a.step = 7 and a.answer = ''",
                        employee.getId()))
                .as("the reflection is emptied")
                .isEqualTo(1);
        assertThat(events(admin.getUsername(), AuditAction.PERSON_ERASED))
                .extracting(AuditEvent::getTargetId, AuditEvent::getTargetLabel)
                .containsExactly(tuple(
                        employee.getId().toString(),
                        "Poistettu henkilö #" + employee.getId() + " (erased-" + employee.getId() + ")"));
        assertThat(audit.aboutPerson(employee.getId()))
                .extracting(AuditEvent::getAction)
                .contains(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED, AuditAction.PERSON_ERASED);
    }

    /** What a unit reports: workshops with attendance and commitments, completions, and quiz and rating sums. */
    private record Figures(WorkshopTally workshops, long completions, Map<String, LearningTally> learning) {}

    private Figures figures(Unit unit) {
        Map<Long, WorkshopTally> workshops = insights.workshops(
                insights.scope(Set.of(unit.getId())).owner(),
                LocalDate.now(OrganisationZone.ZONE).minusYears(1),
                LocalDate.now(OrganisationZone.ZONE).plusYears(1));
        List<Long> ids = people.inUnits(List.of(unit.getId())).stream()
                .map(Person::getId)
                .toList();
        long completions = progresses.latestByPerson(ids).values().stream()
                .flatMap(byModule -> byModule.values().stream())
                .filter(Progress::isCompleted)
                .count();
        return new Figures(
                workshops.get(unit.getId()),
                completions,
                new TreeMap<>(insights.learningByTrack(Set.of(unit.getId()))));
    }

    private long count(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
