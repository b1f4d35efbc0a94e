package fi.kohtaamo.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kohtaamo.notification.entity.OutboxMail;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.persistence.Database;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.entity.Attendance;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.Waiting;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seats inside a running Kohtaamo: a capacity with a waitlist in order, the first in line promoted and mailed in the
 * same transaction that frees a seat, sign-up limited to the units a session was opened to (and only the supervisor's
 * own units can be opened), cancellation with a reason, and attendance states recordable only from the start. Each
 * test makes its own units and people.
 */
@ExtendWith(ArquillianExtension.class)
class SeatsIT {

    private static final String GUIDE = "customer-path";

    @Inject
    Sessions sessions;

    @Inject
    Seats seats;

    @Inject
    AttendanceOverview overview;

    @Inject
    Units units;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private record Team(Unit unit, Person supervisor, List<Person> staff) {}

    private Team team(int size) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode("S-" + id);
        unit.setName("Paikkayksikkö " + id);
        unit = units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
        Person supervisor = person(unit, Set.of(unit), "vetaja" + id);
        List<Person> staff = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            staff.add(person(unit, Set.of(), "osallistuja" + i + id));
        }
        return new Team(unit, supervisor, staff);
    }

    private Person person(Unit unit, Set<Unit> supervised, String username) {
        return people.save(new Person(username, username + "@example.com", "Testi", username, unit), supervised, null);
    }

    private static Set<Long> ids(List<Person> persons) {
        Set<Long> ids = new LinkedHashSet<>();
        persons.forEach(p -> ids.add(p.getId()));
        return ids;
    }

    private static LocalDateTime nextWeek() {
        return LocalDate.now(OrganisationZone.ZONE).plusDays(7).atTime(9, 0);
    }

    private Sessions.Request request(Team team, Set<Long> invitees, Integer capacity, Set<Long> openUnits) {
        return new Sessions.Request(
                team.unit().getId(), GUIDE, nextWeek(), 90, "Taukotila", null, invitees, null, capacity, openUnits);
    }

    private WorkshopSession reload(WorkshopSession session) {
        em.getEntityManagerFactory().getCache().evict(WorkshopSession.class, session.getId());
        return em.find(WorkshopSession.class, session.getId());
    }

    private List<Long> line(WorkshopSession session) {
        return reload(session).getWaitlist().stream().map(Waiting::getPersonId).toList();
    }

    private List<OutboxMail> mailsTo(Person person) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r order by m.id", OutboxMail.class)
                .setParameter("r", person.getEmail())
                .getResultList();
    }

    private static void assertProblem(String field, String key, Runnable call) {
        WorkshopProblem problem = assertThrows(WorkshopProblem.class, call::run);
        assertEquals(field, problem.field());
        assertEquals(key, problem.messageKey());
    }

    @Test
    void inviteesBeyondTheCapacityWaitInOrderAndAreToldSoWithoutACalendarEvent() {
        Team team = team(4);
        List<Person> staff = team.staff();
        WorkshopSession session =
                sessions.schedule(team.supervisor(), request(team, ids(staff), 2, Set.of()), Locale.ENGLISH);

        assertThat(reload(session).getInvitees())
                .extracting(Invitee::getPersonId)
                .containsExactlyInAnyOrder(staff.get(0).getId(), staff.get(1).getId());
        assertThat(line(session))
                .containsExactly(staff.get(2).getId(), staff.get(3).getId());
        assertThat(mailsTo(staff.get(0)))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Kutsu: "));
        assertThat(mailsTo(staff.get(3))).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("Jonossa: ");
            assertThat(m.getCalendar()).isNull();
        });
    }

    @Test
    void aCancellationWithAReasonPromotesTheFirstInLineWhoIsMailedTheEvent() {
        Team team = team(3);
        List<Person> staff = team.staff();
        WorkshopSession session =
                sessions.schedule(team.supervisor(), request(team, ids(staff), 1, Set.of()), Locale.ENGLISH);

        assertProblem("reason", "seats.reasonRequired", () -> seats.cancel(staff.get(0), session.getId(), "  "));
        assertThat(reload(session).isInvited(staff.get(0).getId()))
                .as("a refused cancellation changes nothing")
                .isTrue();

        seats.cancel(staff.get(0), session.getId(), "Asiakaskäynti samaan aikaan");

        WorkshopSession after = reload(session);
        assertThat(after.isInvited(staff.get(0).getId())).isFalse();
        assertThat(after.isInvited(staff.get(1).getId()))
                .as("the first in line got the seat")
                .isTrue();
        assertThat(line(session)).containsExactly(staff.get(2).getId());
        assertThat(after.getCancellations())
                .singleElement()
                .satisfies(c -> assertThat(c.getReason()).isEqualTo("Asiakaskäynti samaan aikaan"));
        List<OutboxMail> promoted = mailsTo(staff.get(1));
        assertThat(promoted)
                .extracting(OutboxMail::getSubject)
                .containsExactly(promoted.get(0).getSubject(), promoted.get(1).getSubject());
        assertThat(promoted.get(0).getSubject()).startsWith("Jonossa: ");
        assertThat(promoted.get(1).getSubject()).startsWith("Sait paikan: ");
        assertThat(promoted.get(1).getCalendar()).contains("METHOD:REQUEST").contains("UID:" + after.getIcalUid());
        assertThat(mailsTo(staff.get(0)).get(1).getCalendar())
                .as("the one who cancelled gets the event withdrawn")
                .contains("METHOD:CANCEL");
    }

    @Test
    void removingAnInviteeOrRaisingTheCapacityPromotesTheNextInOrder() {
        Team team = team(4);
        List<Person> staff = team.staff();
        WorkshopSession session =
                sessions.schedule(team.supervisor(), request(team, ids(staff), 1, Set.of()), Locale.ENGLISH);

        Set<Long> withoutFirst = ids(staff.subList(1, 4));
        sessions.reschedule(
                team.supervisor(), session.getId(), request(team, withoutFirst, 1, Set.of()), Locale.ENGLISH);
        assertThat(reload(session).isInvited(staff.get(1).getId())).isTrue();
        assertThat(line(session))
                .containsExactly(staff.get(2).getId(), staff.get(3).getId());

        sessions.reschedule(
                team.supervisor(), session.getId(), request(team, withoutFirst, 2, Set.of()), Locale.ENGLISH);
        assertThat(reload(session).isInvited(staff.get(2).getId())).isTrue();
        assertThat(line(session)).containsExactly(staff.get(3).getId());
        assertThat(mailsTo(staff.get(2)))
                .extracting(OutboxMail::getSubject)
                .last()
                .satisfies(s -> assertThat(s).startsWith("Sait paikan: "));

        assertProblem(
                "capacity",
                "seats.capacityBelowTaken",
                () -> sessions.reschedule(
                        team.supervisor(), session.getId(), request(team, withoutFirst, 1, Set.of()), Locale.ENGLISH));
        assertProblem(
                "capacity",
                "seats.capacityRange",
                () -> sessions.schedule(
                        team.supervisor(),
                        new Sessions.Request(
                                team.unit().getId(),
                                GUIDE,
                                nextWeek().plusDays(1),
                                90,
                                null,
                                null,
                                withoutFirst,
                                null,
                                0,
                                Set.of()),
                        Locale.ENGLISH));
    }

    @Test
    void onlyPeopleOfTheOpenedUnitsSignUpAndAFullSessionPutsThemInLine() {
        Team team = team(1);
        Team opened = team(2);
        Team closed = team(1);
        // The supervisor of both units opens the session to the second one.
        people.save(team.supervisor(), Set.of(team.unit(), opened.unit()), null);
        Person supervisor = people.find(team.supervisor().getId()).orElseThrow();
        WorkshopSession session = sessions.schedule(
                supervisor,
                request(team, ids(team.staff()), 2, Set.of(opened.unit().getId())),
                Locale.ENGLISH);

        assertThat(seats.openFor(opened.staff().get(0)))
                .extracting(WorkshopSession::getId)
                .contains(session.getId());
        assertThat(seats.openFor(closed.staff().get(0)))
                .extracting(WorkshopSession::getId)
                .doesNotContain(session.getId());
        assertThrows(AccessDenied.class, () -> seats.signUp(closed.staff().get(0), session.getId()));

        seats.signUp(opened.staff().get(0), session.getId());
        seats.signUp(opened.staff().get(1), session.getId());
        WorkshopSession after = reload(session);
        assertThat(after.isInvited(opened.staff().get(0).getId())).isTrue();
        assertThat(after.placeInLine(opened.staff().get(1).getId())).isEqualTo(1);
        assertProblem(
                "signUp",
                "seats.alreadySignedUp",
                () -> seats.signUp(opened.staff().get(0), session.getId()));
        assertThat(seats.bookedBy(opened.staff().get(1)))
                .extracting(WorkshopSession::getId)
                .contains(session.getId());
    }

    @Test
    void aSupervisorCannotOpenASessionToAnotherSupervisorsUnit() {
        Team team = team(1);
        Team other = team(1);
        assertProblem(
                "openUnits",
                "seats.openUnitsOutside",
                () -> sessions.schedule(
                        team.supervisor(),
                        request(
                                team,
                                ids(team.staff()),
                                null,
                                Set.of(other.unit().getId())),
                        Locale.ENGLISH));
    }

    @Test
    void attendanceStatesAreRefusedBeforeTheStartAndPartlyAttendedCountsAsAttended() throws SQLException {
        Team team = team(3);
        List<Person> staff = team.staff();
        WorkshopSession session =
                sessions.schedule(team.supervisor(), request(team, ids(staff), null, Set.of()), Locale.ENGLISH);
        Map<Long, Attendance> states = new LinkedHashMap<>();
        states.put(staff.get(0).getId(), Attendance.ATTENDED);
        states.put(staff.get(1).getId(), Attendance.PARTLY_ATTENDED);
        states.put(staff.get(2).getId(), Attendance.EXCUSED);

        assertProblem(
                "attendance",
                "workshop.notStarted",
                () -> sessions.recordAttendance(team.supervisor(), session.getId(), states));
        assertThat(reload(session).getStatus()).isEqualTo(SessionStatus.SCHEDULED);

        startedAnHourAgo(session);
        WorkshopSession held = sessions.recordAttendance(team.supervisor(), session.getId(), states);
        assertThat(held.getAttendedCount()).isEqualTo(2);
        assertThat(sessions.attendedCount(staff.get(1))).isEqualTo(1);
        assertThat(sessions.attendedCount(staff.get(2))).isZero();
        assertProblem("reason", "seats.tooLate", () -> seats.cancel(staff.get(0), session.getId(), "Myöhässä"));
    }

    @Test
    void theAttendanceOverviewShowsStatesToTheUnitsSupervisorAndHrButNotToAnotherSupervisor() throws SQLException {
        Team team = team(3);
        Team other = team(1);
        List<Person> staff = team.staff();
        WorkshopSession session =
                sessions.schedule(team.supervisor(), request(team, ids(staff), 2, Set.of()), Locale.ENGLISH);
        seats.cancel(staff.get(1), session.getId(), "Sairaana");
        startedAnHourAgo(session);
        sessions.recordAttendance(
                team.supervisor(),
                session.getId(),
                Map.of(
                        staff.get(0).getId(),
                        Attendance.PARTLY_ATTENDED,
                        staff.get(2).getId(),
                        Attendance.EXCUSED));

        AttendanceOverview.Grid grid =
                overview.ofUnit(team.supervisor(), team.unit().getId());
        assertThat(grid.sessions()).extracting(WorkshopSession::getId).containsExactly(session.getId());
        assertThat(grid.rows())
                .extracting(r -> r.person().getId(), r -> r.in(grid.sessions().get(0)))
                .contains(
                        org.assertj.core.groups.Tuple.tuple(staff.get(0).getId(), "PARTLY_ATTENDED"),
                        org.assertj.core.groups.Tuple.tuple(staff.get(1).getId(), AttendanceOverview.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple(staff.get(2).getId(), "EXCUSED"),
                        org.assertj.core.groups.Tuple.tuple(team.supervisor().getId(), AttendanceOverview.NONE));
        assertThat(overview.ofPerson(team.supervisor(), staff.get(1).getId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.state()).isEqualTo(AttendanceOverview.CANCELLED);
                    assertThat(e.reason()).isEqualTo("Sairaana");
                });

        Person hr = new Person(
                "hr" + other.unit().getCode(), "hr" + other.unit().getCode() + "@example.com", "H", "R", other.unit());
        hr.getRoles().add(Role.HR);
        Person savedHr = people.save(hr, Set.of(), null);
        assertThat(overview.ofUnit(savedHr, team.unit().getId()).rows()).hasSize(4);
        assertThrows(
                AccessDenied.class,
                () -> overview.ofUnit(other.supervisor(), team.unit().getId()));
        assertThrows(
                AccessDenied.class,
                () -> overview.ofPerson(other.supervisor(), staff.get(0).getId()));
    }

    private void startedAnHourAgo(WorkshopSession session) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("update workshop_session set starts_at = ? where id = ?")) {
            update.setTimestamp(
                    1,
                    Timestamp.valueOf(LocalDateTime.now(OrganisationZone.ZONE).minusHours(1)));
            update.setLong(2, session.getId());
            assertEquals(1, update.executeUpdate());
        }
        em.getEntityManagerFactory().getCache().evict(WorkshopSession.class, session.getId());
    }
}
