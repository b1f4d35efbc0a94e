package fi.kohtaamo.workshop.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kohtaamo.notification.entity.OutboxMail;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.persistence.Database;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.pulse.control.Pulses;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one question after a workshop inside a running Kohtaamo: asked of attendees by mail once attendance is recorded,
 * one answer per person and session, changeable until it closes, and figures only from the anonymity threshold on.
 * Each test makes its own unit, supervisor and staff.
 */
@ExtendWith(ArquillianExtension.class)
class ReactionsIT {

    @Inject
    Reactions reactions;

    @Inject
    Sessions sessions;

    @Inject
    Pulses pulses;

    @Inject
    Units units;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private record Team(Unit unit, Person supervisor, List<Person> staff) {}

    private Team team(int staff) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode("K-" + id);
        unit.setName("Palauteyksikkö " + id);
        unit = units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            people.add(person(unit, Set.of(), "palaute" + i + id));
        }
        return new Team(unit, person(unit, Set.of(unit), "vetaja" + id), people);
    }

    private Person person(Unit unit, Set<Unit> supervised, String username) {
        return people.save(new Person(username, username + "@example.com", "Testi", username, unit), supervised, null);
    }

    /** A session of the team held an hour ago, the given people marked as attending. */
    private WorkshopSession held(Team team, List<Person> attendees) throws SQLException {
        Set<Long> invited =
                new HashSet<>(team.staff().stream().map(Person::getId).toList());
        WorkshopSession session = sessions.schedule(
                team.supervisor(),
                new Sessions.Request(
                        team.unit().getId(),
                        "customer-path",
                        LocalDate.now(OrganisationZone.ZONE).plusDays(5).atTime(10, 0),
                        60,
                        "Taukotila",
                        null,
                        invited,
                        null),
                Locale.ENGLISH);
        moveStart(session, LocalDateTime.now(OrganisationZone.ZONE).minusHours(1));
        return sessions.recordAttendance(
                team.supervisor(),
                session.getId(),
                new HashSet<>(attendees.stream().map(Person::getId).toList()));
    }

    private void moveStart(WorkshopSession session, LocalDateTime at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("update workshop_session set starts_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(at));
            update.setLong(2, session.getId());
            assertEquals(1, update.executeUpdate());
        }
    }

    private boolean pending(Person person, WorkshopSession session) {
        return reactions.pendingFor(person).stream().anyMatch(s -> s.getId().equals(session.getId()));
    }

    private long rows(WorkshopSession session, Person person) {
        return em.createQuery(
                        "select count(r) from WorkshopReaction r where r.sessionId = :s and r.personId = :p",
                        Long.class)
                .setParameter("s", session.getId())
                .setParameter("p", person.getId())
                .getSingleResult();
    }

    @Test
    void anAttendeeIsAskedByMailAndAnswersOnceChangingItUntilItCloses() throws SQLException {
        Team team = team(2);
        Person came = team.staff().get(0);
        Person away = team.staff().get(1);
        WorkshopSession session = held(team, List.of(came));

        List<OutboxMail> mails = em.createQuery(
                        "select m from OutboxMail m where m.recipient = :r and m.subject like :s", OutboxMail.class)
                .setParameter("r", came.getEmail())
                .setParameter("s", "Kuinka hyödyllinen työpaja oli:%")
                .getResultList();
        assertEquals(1, mails.size(), "asked in the attendee's language (fi)");
        assertTrue(mails.get(0).getBody().contains("/workshop/reaction?session=" + session.getId()));
        assertTrue(pending(came, session));
        assertFalse(pending(away, session), "only attendees are asked");

        reactions.answer(came, session.getId(), 4, "Hyvä");
        reactions.answer(came, session.getId(), 5, " ");
        assertEquals(1, rows(session, came), "one answer per person and session");
        assertEquals(5, reactions.of(came, session.getId()).orElseThrow().getScore());
        assertEquals(null, reactions.of(came, session.getId()).orElseThrow().getComment());
        assertFalse(pending(came, session), "answered: off the home page");

        assertThrows(AccessDenied.class, () -> reactions.answer(away, session.getId(), 3, null));
        assertThrows(AccessDenied.class, () -> reactions.answer(team.supervisor(), session.getId(), 3, null));
        assertEquals(
                "reaction.scoreRequired",
                assertThrows(WorkshopProblem.class, () -> reactions.answer(came, session.getId(), 6, null))
                        .messageKey());
        assertEquals(
                "reaction.scoreRequired",
                assertThrows(WorkshopProblem.class, () -> reactions.answer(came, session.getId(), null, null))
                        .messageKey());
        WorkshopProblem tooLong =
                assertThrows(WorkshopProblem.class, () -> reactions.answer(came, session.getId(), 3, "x".repeat(2001)));
        assertEquals("comment", tooLong.field());
        assertEquals("reaction.commentTooLong", tooLong.messageKey());
        assertEquals(
                5, reactions.of(came, session.getId()).orElseThrow().getScore(), "a refused change changes nothing");

        moveStart(
                session,
                LocalDateTime.now(OrganisationZone.ZONE)
                        .minusDays(Reactions.CLOSE_DAYS)
                        .minusHours(1));
        assertEquals(
                "reaction.closed",
                assertThrows(WorkshopProblem.class, () -> reactions.answer(came, session.getId(), 2, null))
                        .messageKey());
    }

    @Test
    void aDismissedQuestionLeavesTheHomePageAndCanStillBeAnswered() throws SQLException {
        Team team = team(1);
        Person came = team.staff().get(0);
        WorkshopSession session = held(team, List.of(came));
        reactions.dismiss(came, session.getId());
        assertFalse(pending(came, session));
        reactions.answer(came, session.getId(), 3, null);
        reactions.dismiss(came, session.getId());
        assertEquals(3, reactions.of(came, session.getId()).orElseThrow().getScore(), "dismissing keeps an answer");
        assertEquals(1, rows(session, came));
    }

    @Test
    void theFiguresStayHiddenBelowTheAnonymityThreshold() throws SQLException {
        int threshold = pulses.threshold();
        Team team = team(threshold);
        WorkshopSession session = held(team, team.staff());
        for (int i = 0; i < threshold - 1; i++) {
            reactions.answer(team.staff().get(i), session.getId(), i % 2 == 0 ? 5 : 4, null);
        }
        Reactions.Summary below = reactions.summary(session);
        assertFalse(below.shown());
        assertEquals(0, below.n(), "not even how many answered");
        assertTrue(below.distribution().isEmpty());
        assertFalse(reactions.summaryOf(Set.of(team.unit().getId())).shown());

        reactions.answer(team.staff().get(threshold - 1), session.getId(), 1, null);
        Reactions.Summary reached = reactions.summary(session);
        assertTrue(reached.shown());
        assertEquals(threshold, reached.n());
        assertEquals(1, reached.distribution().get(0));
        assertEquals(
                threshold,
                reached.distribution().stream().mapToLong(Long::longValue).sum());
        assertTrue(reactions.summaryOf(Set.of(team.unit().getId())).shown(), "Kirkpatrick level 1 for HR");
    }
}
