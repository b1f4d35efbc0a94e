package fi.kohtaamo.workshop.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.notification.entity.OutboxMail;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.persistence.Database;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.SessionStatus;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduling rules, invitations, attendance, commitments and access inside a running Kohtaamo. Each test makes its
 * own unit with a supervisor and two employees.
 */
@ExtendWith(ArquillianExtension.class)
class WorkshopIT {

    private static final String GUIDE = "customer-path";

    @Inject
    Sessions sessions;

    @Inject
    Units units;

    @Inject
    People people;

    @Inject
    Settings settings;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private record Team(Unit unit, Person supervisor, Person first, Person second) {}

    private Team team() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode("W-" + id);
        unit.setName("Työpajayksikkö " + id);
        unit = units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
        return new Team(
                unit,
                person(unit, Set.of(unit), "esihenkilo" + id),
                person(unit, Set.of(), "eka" + id),
                person(unit, Set.of(), "toka" + id));
    }

    private Person person(Unit unit, Set<Unit> supervised, String username) {
        Person person = new Person(username, username + "@example.com", "Testi", username, unit);
        return people.save(person, supervised, null);
    }

    private Sessions.Request request(Team team, LocalDateTime at, Set<Long> invitees) {
        return new Sessions.Request(team.unit().getId(), GUIDE, at, 90, "Taukotila", null, invitees, null);
    }

    private static LocalDateTime nextWeek(int hour) {
        return LocalDate.now(OrganisationZone.ZONE).plusDays(7).atTime(hour, 0);
    }

    private long sessionsIn(Unit unit) {
        return em.createQuery("select count(s) from WorkshopSession s where s.unit.id = :u", Long.class)
                .setParameter("u", unit.getId())
                .getSingleResult();
    }

    private List<OutboxMail> mailsTo(Person person) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r order by m.id", OutboxMail.class)
                .setParameter("r", person.getEmail())
                .getResultList();
    }

    @Test
    void aSessionInvitesEveryInviteeWithACalendarEventAndChangesKeepItsUid() {
        Team team = team();
        WorkshopSession session = sessions.schedule(
                team.supervisor(),
                request(
                        team,
                        nextWeek(9),
                        Set.of(team.first().getId(), team.second().getId())),
                Locale.ENGLISH);

        List<OutboxMail> invitations = mailsTo(team.first());
        assertEquals(1, invitations.size());
        String ics = invitations.get(0).getCalendar();
        assertTrue(ics.contains("METHOD:REQUEST"), ics);
        assertTrue(ics.contains("UID:" + session.getIcalUid()), ics);
        assertTrue(ics.contains("mailto:" + team.second().getEmail()), "every invitee is an attendee");
        assertTrue(invitations.get(0).getSubject().startsWith("Kutsu: "), "in the invitee's language (fi)");

        sessions.reschedule(
                team.supervisor(),
                session.getId(),
                request(team, nextWeek(13), Set.of(team.first().getId())),
                Locale.ENGLISH);
        List<OutboxMail> afterChange = mailsTo(team.first());
        assertEquals(2, afterChange.size());
        assertTrue(afterChange.get(1).getCalendar().contains("UID:" + session.getIcalUid()));
        assertTrue(afterChange.get(1).getCalendar().contains("SEQUENCE:1"));
        assertTrue(mailsTo(team.second()).get(1).getCalendar().contains("METHOD:CANCEL"), "the removed invitee");

        sessions.cancel(team.supervisor(), session.getId(), Locale.ENGLISH);
        OutboxMail cancellation = mailsTo(team.first()).get(2);
        assertTrue(cancellation.getCalendar().contains("METHOD:CANCEL"));
        assertTrue(cancellation.getCalendar().contains("UID:" + session.getIcalUid()));
        assertEquals(
                SessionStatus.CANCELLED,
                em.find(WorkshopSession.class, session.getId()).getStatus());
    }

    @Test
    void brokenRulesNameTheirFieldAndSaveNothing() {
        Team team = team();
        Set<Long> invitees = Set.of(team.first().getId());
        sessions.schedule(team.supervisor(), request(team, nextWeek(9), invitees), Locale.ENGLISH);
        long before = sessionsIn(team.unit());

        assertProblem(
                "date",
                "workshop.datePast",
                () -> sessions.schedule(
                        team.supervisor(),
                        request(team, LocalDateTime.now(OrganisationZone.ZONE).minusDays(1), invitees),
                        Locale.ENGLISH));
        assertProblem(
                "date",
                "workshop.overlap",
                () -> sessions.schedule(team.supervisor(), request(team, nextWeek(10), invitees), Locale.ENGLISH));
        assertProblem(
                "guide",
                "workshop.guideRequired",
                () -> sessions.schedule(
                        team.supervisor(),
                        new Sessions.Request(team.unit().getId(), null, nextWeek(15), 60, null, null, invitees, null),
                        Locale.ENGLISH));
        Person outsider = team().first();
        assertProblem(
                "invitees",
                "workshop.inviteesOutside",
                () -> sessions.schedule(
                        team.supervisor(), request(team, nextWeek(15), Set.of(outsider.getId())), Locale.ENGLISH));
        assertProblem(
                "invitees",
                "workshop.inviteesRequired",
                () -> sessions.schedule(team.supervisor(), request(team, nextWeek(15), Set.of()), Locale.ENGLISH));

        assertEquals(before, sessionsIn(team.unit()));
        assertEquals(1, mailsTo(team.first()).size(), "no invitations for what was not saved");
    }

    @Test
    void anotherUnitsSupervisorCannotSeeOrRunTheSession() {
        Team team = team();
        Team other = team();
        WorkshopSession session = sessions.schedule(
                team.supervisor(),
                request(team, nextWeek(9), Set.of(team.first().getId())),
                Locale.ENGLISH);

        assertThrows(AccessDenied.class, () -> sessions.find(other.supervisor(), session.getId()));
        assertThrows(
                AccessDenied.class,
                () -> sessions.recordAttendance(
                        other.supervisor(),
                        session.getId(),
                        Set.of(other.first().getId())));
        assertThrows(
                AccessDenied.class,
                () -> sessions.schedule(
                        other.supervisor(),
                        request(team, nextWeek(15), Set.of(team.first().getId())),
                        Locale.ENGLISH));
        assertThrows(
                AccessDenied.class,
                () -> sessions.recordAttendance(
                        team.supervisor(), session.getId(), Set.of(other.first().getId())));
        assertTrue(sessions.visibleTo(other.supervisor()).stream()
                .noneMatch(s -> s.getId().equals(session.getId())));
    }

    /** Moves a scheduled session's start into the past, as if its time had come (scheduling refuses past times). */
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
    }

    @Test
    void attendanceOfASessionStillToComeIsRefusedAndItStaysScheduled() {
        Team team = team();
        WorkshopSession session = sessions.schedule(
                team.supervisor(),
                request(team, nextWeek(9), Set.of(team.first().getId())),
                Locale.ENGLISH);

        assertProblem(
                "attendance",
                "workshop.notStarted",
                () -> sessions.recordAttendance(
                        team.supervisor(), session.getId(), Set.of(team.first().getId())));

        WorkshopSession after = em.find(WorkshopSession.class, session.getId());
        assertEquals(SessionStatus.SCHEDULED, after.getStatus());
        assertEquals(0, after.getAttendedCount());
    }

    @Test
    void attendanceMarksTheSessionHeldAndCommitmentsFollowTheirOwners() throws SQLException {
        Team team = team();
        Team other = team();
        WorkshopSession session = sessions.schedule(
                team.supervisor(),
                request(team, nextWeek(9), Set.of(team.first().getId())),
                Locale.ENGLISH);
        startedAnHourAgo(session);

        WorkshopSession held = sessions.recordAttendance(
                team.supervisor(),
                session.getId(),
                Set.of(team.first().getId(), team.second().getId()));
        assertEquals(SessionStatus.HELD, held.getStatus());
        assertEquals(2, held.getAttendedCount(), "a late addition counts");

        Commitment overdue = sessions.commit(
                team.supervisor(),
                session.getId(),
                new Sessions.NewCommitment(
                        "Tervehdimme jokaista asiakasta",
                        team.first().getId(),
                        LocalDate.now(OrganisationZone.ZONE).minusDays(1),
                        Factor.COMMUNICATION,
                        null));
        sessions.commit(
                team.supervisor(),
                session.getId(),
                new Sessions.NewCommitment(
                        "Kirjaamme lupaukset",
                        team.second().getId(),
                        LocalDate.now(OrganisationZone.ZONE).plusDays(30),
                        Factor.TOOLS,
                        "response-time-and-promises"));
        assertProblem(
                "what",
                "commitment.whatRequired",
                () -> sessions.commit(
                        team.supervisor(), session.getId(), new Sessions.NewCommitment(" ", null, null, null, null)));

        assertTrue(overdue.isOverdue());
        assertEquals(
                List.of("Tervehdimme jokaista asiakasta"),
                sessions.commitmentsOf(team.first()).stream()
                        .map(Commitment::getWhat)
                        .toList());
        sessions.setCommitmentStatus(team.first(), overdue.getId(), Commitment.State.DONE);
        assertEquals(
                Commitment.State.DONE,
                em.find(Commitment.class, overdue.getId()).getStatus());
        assertThrows(
                AccessDenied.class,
                () -> sessions.setCommitmentStatus(other.supervisor(), overdue.getId(), Commitment.State.DROPPED));
        assertEquals(
                2,
                sessions.commitmentsOf(em.find(WorkshopSession.class, session.getId()))
                        .size());
    }

    @Test
    void aFollowUpSessionBringsBackTheCommitmentsOfTheSessionItFollowsUp() {
        Team team = team();
        Set<Long> invitees = Set.of(team.first().getId());
        WorkshopSession first =
                sessions.schedule(team.supervisor(), request(team, nextWeek(9), invitees), Locale.ENGLISH);
        sessions.commit(
                team.supervisor(),
                first.getId(),
                new Sessions.NewCommitment(
                        "Vastaamme samana päivänä", team.first().getId(), null, null, null));

        WorkshopSession followUp = sessions.schedule(
                team.supervisor(),
                new Sessions.Request(team.unit().getId(), GUIDE, nextWeek(14), 60, null, null, invitees, first.getId()),
                Locale.ENGLISH);

        WorkshopSession reloaded = sessions.find(team.supervisor(), followUp.getId());
        assertEquals(first.getId(), reloaded.followUpOf().orElseThrow().getId());
        assertEquals(
                List.of("Vastaamme samana päivänä"),
                sessions.commitmentsOf(reloaded.followUpOf().orElseThrow()).stream()
                        .map(Commitment::getWhat)
                        .toList());
    }

    @Test
    void hrCanRequireTheSupervisorTrackBeforeScheduling() {
        Team team = team();
        settings.setFlag(Settings.REQUIRE_SUPERVISOR_TRACK, true);
        try {
            assertProblem(
                    "guide",
                    "workshop.trackRequired",
                    () -> sessions.schedule(
                            team.supervisor(),
                            request(team, nextWeek(9), Set.of(team.first().getId())),
                            Locale.ENGLISH));
        } finally {
            settings.setFlag(Settings.REQUIRE_SUPERVISOR_TRACK, false);
        }
        assertTrue(sessions.schedule(
                                team.supervisor(),
                                request(team, nextWeek(9), Set.of(team.first().getId())),
                                Locale.ENGLISH)
                        .getId()
                != null);
    }

    private static void assertProblem(String field, String key, Runnable call) {
        WorkshopProblem problem = assertThrows(WorkshopProblem.class, call::run);
        assertEquals(field, problem.field());
        assertEquals(key, problem.messageKey());
    }
}
