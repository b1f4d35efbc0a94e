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
 * Co-facilitators and the external trainer inside a running Kohtaamo. Each test makes a unit with a supervisor, an
 * employee and a team below it whose own supervisor (who does not oversee the unit) co-facilitates, and a unit
 * elsewhere with its supervisor.
 */
@ExtendWith(ArquillianExtension.class)
class FacilitationIT {

    private static final String GUIDE = "customer-path";

    @Inject
    Sessions sessions;

    @Inject
    Facilitation facilitation;

    @Inject
    Commitments commitments;

    @Inject
    Units units;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private record Setting(Unit unit, Person supervisor, Person employee, Person teamLead, Person elsewhere) {}

    private Setting setting() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Unit unit = unit(UnitKind.UNIT, "F-" + id, units.findByCode("LANSI").orElseThrow());
        Unit team = unit(UnitKind.TEAM, "FT-" + id, unit);
        Unit other = unit(UnitKind.UNIT, "FO-" + id, units.findByCode("LANSI").orElseThrow());
        return new Setting(
                unit,
                person(unit, Set.of(unit), "vetaja" + id),
                person(unit, Set.of(), "osallistuja" + id),
                person(team, Set.of(team), "tiimi" + id),
                person(other, Set.of(other), "muualla" + id));
    }

    private Unit unit(UnitKind kind, String code, Unit parent) {
        Unit unit = Unit.blank(kind);
        unit.setCode(code);
        unit.setName("Vetoyksikkö " + code);
        return units.save(unit, parent.getId());
    }

    private Person person(Unit unit, Set<Unit> supervised, String username) {
        return people.save(new Person(username, username + "@example.com", "Testi", username, unit), supervised, null);
    }

    private Sessions.Request request(Setting s, Set<Long> coFacilitators, String trainer, String organisation) {
        return new Sessions.Request(
                s.unit().getId(),
                GUIDE,
                LocalDate.now(OrganisationZone.ZONE).plusDays(8).atTime(9, 0),
                90,
                "Taukotila",
                null,
                Set.of(s.employee().getId()),
                null,
                null,
                false,
                coFacilitators,
                trainer,
                organisation,
                null,
                Set.of());
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
    }

    private List<OutboxMail> mailsTo(Person person) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r order by m.id", OutboxMail.class)
                .setParameter("r", person.getEmail())
                .getResultList();
    }

    @Test
    void aCoFacilitatorFromAnotherUnitRecordsTheSessionButCannotChangeIt() throws SQLException {
        Setting s = setting();
        WorkshopSession session = sessions.schedule(
                s.supervisor(),
                request(s, Set.of(s.teamLead().getId()), "Kaisa Koulutaja", "Palveluakatemia Oy"),
                Locale.ENGLISH);
        assertFalse(facilitation.manages(s.teamLead(), session), "the team lead does not oversee the unit");
        assertTrue(facilitation.runs(s.teamLead(), session));
        assertFalse(facilitation.runs(s.elsewhere(), session));
        assertTrue(sessions.visibleTo(s.teamLead()).stream()
                .anyMatch(v -> v.getId().equals(session.getId())));

        OutboxMail invitation = mailsTo(s.teamLead()).get(0);
        assertTrue(invitation.getCalendar().contains("ROLE=CHAIR"), invitation.getCalendar());
        assertTrue(
                invitation
                        .getBody()
                        .contains(s.supervisor().getFullName() + ", "
                                + s.teamLead().getFullName() + ", Kaisa Koulutaja (Palveluakatemia Oy)"),
                invitation.getBody());
        assertTrue(mailsTo(s.employee()).get(0).getBody().contains("Kaisa Koulutaja (Palveluakatemia Oy)"));

        sessions.saveNotes(s.teamLead(), session.getId(), "Vetäjät jakoivat vuorot.");
        startedAnHourAgo(session);
        WorkshopSession held = sessions.recordAttendance(
                s.teamLead(), session.getId(), Set.of(s.employee().getId()));
        assertEquals(SessionStatus.HELD, held.getStatus());
        Commitment commitment = sessions.commit(
                s.teamLead(),
                session.getId(),
                new Sessions.NewCommitment(
                        "Soitamme takaisin samana päivänä", s.employee().getId(), null, null, null));
        assertEquals(s.employee().getId(), commitment.getOwner().getId());

        assertThrows(
                AccessDenied.class,
                () -> sessions.commit(
                        s.teamLead(),
                        session.getId(),
                        new Sessions.NewCommitment(
                                "Muun yksikön asia", s.elsewhere().getId(), null, null, null)),
                "an owner outside the session's unit");
        assertThrows(
                AccessDenied.class,
                () -> sessions.recordAttendance(
                        s.teamLead(), session.getId(), Set.of(s.elsewhere().getId())));
        assertThrows(AccessDenied.class, () -> sessions.find(s.teamLead(), session.getId()), "edit and follow-up");
        assertThrows(AccessDenied.class, () -> sessions.cancel(s.teamLead(), session.getId(), Locale.ENGLISH));
        assertThrows(
                AccessDenied.class,
                () -> commitments.setStatus(s.teamLead(), commitment.getId(), Commitment.State.DONE),
                "another unit's commitment");
        assertThrows(AccessDenied.class, () -> sessions.findToRun(s.elsewhere(), session.getId()));
        assertEquals(
                "Vetäjät jakoivat vuorot.",
                sessions.findToRun(s.supervisor(), session.getId()).getNotes());
    }

    @Test
    void coFacilitatorsComeFromTheSchedulersUnitsAndTheTrainersTextsAreChecked() {
        Setting s = setting();
        WorkshopProblem outside = assertThrows(
                WorkshopProblem.class,
                () -> sessions.schedule(
                        s.supervisor(), request(s, Set.of(s.elsewhere().getId()), null, null), Locale.ENGLISH));
        assertEquals("coFacilitators", outside.field());
        assertEquals("workshop.coFacilitatorsOutside", outside.messageKey());
        assertEquals(
                "workshop.coFacilitatorsOutside",
                assertThrows(
                                WorkshopProblem.class,
                                () -> sessions.schedule(
                                        s.supervisor(),
                                        request(s, Set.of(s.employee().getId()), null, null),
                                        Locale.ENGLISH))
                        .messageKey(),
                "an employee who leads no one");
        assertEquals(
                "workshop.trainerNameTooLong",
                assertThrows(
                                WorkshopProblem.class,
                                () -> sessions.schedule(
                                        s.supervisor(), request(s, Set.of(), "n".repeat(121), null), Locale.ENGLISH))
                        .messageKey());
        assertEquals(
                "workshop.trainerOrganisationTooLong",
                assertThrows(
                                WorkshopProblem.class,
                                () -> sessions.schedule(
                                        s.supervisor(), request(s, Set.of(), "Kaisa", "o".repeat(121)), Locale.ENGLISH))
                        .messageKey());
        WorkshopProblem noName = assertThrows(
                WorkshopProblem.class,
                () -> sessions.schedule(s.supervisor(), request(s, Set.of(), " ", "Akatemia"), Locale.ENGLISH));
        assertEquals("trainerName", noName.field());
        assertEquals("workshop.trainerNameRequired", noName.messageKey());
        assertEquals(
                0,
                em.createQuery("select count(w) from WorkshopSession w where w.unit.id = :u", Long.class)
                        .setParameter("u", s.unit().getId())
                        .getSingleResult(),
                "nothing was saved");

        assertEquals(
                List.of(s.teamLead().getId()),
                facilitation.options(s.supervisor(), s.supervisor()).stream()
                        .map(Person::getId)
                        .toList());
        WorkshopSession session = sessions.schedule(
                s.supervisor(), request(s, Set.of(s.teamLead().getId()), "Kaisa", null), Locale.ENGLISH);
        assertEquals("Kaisa", session.getTrainer());
        WorkshopSession without =
                sessions.reschedule(s.supervisor(), session.getId(), request(s, Set.of(), null, null), Locale.ENGLISH);
        assertTrue(without.getCoFacilitators().isEmpty());
        assertTrue(
                mailsTo(s.teamLead()).get(1).getCalendar().contains("METHOD:CANCEL"),
                "a co-facilitator taken off is told so");
        assertThrows(AccessDenied.class, () -> sessions.findToRun(s.teamLead(), session.getId()));
    }
}
