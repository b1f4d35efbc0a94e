package fi.kohtaamo.workshop.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.entity.Room;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rooms from the list inside a running Kohtaamo: HR keeps them, and a session that books a room another session has at
 * an overlapping time is refused unless the clash is accepted; cancelled sessions and sessions that only touch do not
 * clash. Each test makes its own room and two units, each with a supervisor and an employee.
 */
@ExtendWith(ArquillianExtension.class)
class RoomsIT {

    private static final String GUIDE = "customer-path";

    @Inject
    Rooms rooms;

    @Inject
    Sessions sessions;

    @Inject
    Units units;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    private record Team(Unit unit, Person supervisor, Person employee) {}

    private Team team() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode("R-" + id);
        unit.setName("Tilayksikkö " + id);
        unit = units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
        return new Team(unit, person(unit, Set.of(unit), "tilat" + id), person(unit, Set.of(), "tyo" + id));
    }

    private Person person(Unit unit, Set<Unit> supervised, String username, Role... roles) {
        Person person = new Person(username, username + "@example.com", "Testi", username, unit);
        person.getRoles().addAll(Set.of(roles));
        return people.save(person, supervised, null);
    }

    private Person hr() {
        Team team = team();
        return person(team.unit(), Set.of(), "hr" + UUID.randomUUID().toString().substring(0, 8), Role.HR);
    }

    private Room room() {
        return rooms.add(hr(), "Neuvotteluhuone " + UUID.randomUUID(), "2. kerros", 12);
    }

    private static LocalDateTime inDays(int days, int hour, int minute) {
        return LocalDate.now(OrganisationZone.ZONE).plusDays(days).atTime(hour, minute);
    }

    private WorkshopSession book(Team team, Room room, LocalDateTime at, int minutes, boolean accepted) {
        return sessions.schedule(
                team.supervisor(),
                new Sessions.Request(
                        team.unit().getId(),
                        GUIDE,
                        at,
                        minutes,
                        null,
                        null,
                        Set.of(team.employee().getId()),
                        null,
                        room.getId(),
                        accepted),
                Locale.ENGLISH);
    }

    private long sessionsIn(Unit unit) {
        return em.createQuery("select count(s) from WorkshopSession s where s.unit.id = :u", Long.class)
                .setParameter("u", unit.getId())
                .getSingleResult();
    }

    @Test
    void anOverlappingBookingIsWarnedOfAndRefusedUntilTheClashIsAccepted() {
        Room room = room();
        Team first = team();
        Team second = team();
        WorkshopSession booked = book(first, room, inDays(9, 10, 0), 90, false);

        assertEquals(
                booked.getId(),
                rooms.clashes(room.getId(), inDays(9, 11, 0), 60, null).get(0).getId(),
                "the form's warning names the session that has the room");
        RoomClash clash = assertThrows(RoomClash.class, () -> book(second, room, inDays(9, 11, 0), 60, false));
        assertEquals("room", clash.field());
        assertEquals("room.clash", clash.messageKey());
        assertEquals(booked.getId(), clash.other().getId());
        assertEquals(0, sessionsIn(second.unit()), "nothing was saved");

        WorkshopSession anyway = book(second, room, inDays(9, 11, 0), 60, true);
        assertEquals(room.getId(), anyway.getRoom().getId());
        assertTrue(anyway.getWhere().startsWith(room.getName() + ", 2. kerros"), anyway.getWhere());
    }

    @Test
    void aRescheduleIntoAClashIsRefusedButASessionDoesNotClashWithItself() {
        Room room = room();
        Team first = team();
        Team second = team();
        book(first, room, inDays(11, 9, 0), 60, false);
        WorkshopSession later = book(second, room, inDays(11, 13, 0), 60, false);

        var moved = new Sessions.Request(
                second.unit().getId(),
                GUIDE,
                inDays(11, 13, 30),
                60,
                null,
                null,
                Set.of(second.employee().getId()),
                null,
                room.getId(),
                false);
        assertEquals(
                inDays(11, 13, 30),
                sessions.reschedule(second.supervisor(), later.getId(), moved, Locale.ENGLISH)
                        .getStartsAt());

        var intoClash = new Sessions.Request(
                second.unit().getId(),
                GUIDE,
                inDays(11, 9, 30),
                60,
                null,
                null,
                Set.of(second.employee().getId()),
                null,
                room.getId(),
                false);
        assertThrows(
                RoomClash.class,
                () -> sessions.reschedule(second.supervisor(), later.getId(), intoClash, Locale.ENGLISH));
        assertEquals(
                inDays(11, 13, 30),
                em.find(WorkshopSession.class, later.getId()).getStartsAt(),
                "the refused change left the session as it was");
    }

    @Test
    void cancelledSessionsAndSessionsThatOnlyTouchDoNotClash() {
        Room room = room();
        Team first = team();
        Team second = team();
        WorkshopSession morning = book(first, room, inDays(13, 9, 0), 90, false);

        assertTrue(rooms.clashes(room.getId(), inDays(13, 10, 30), 60, null).isEmpty(), "starts as the other ends");
        assertTrue(rooms.clashes(room.getId(), inDays(13, 8, 0), 60, null).isEmpty(), "ends as the other starts");
        book(second, room, inDays(13, 10, 30), 60, false);

        sessions.cancel(first.supervisor(), morning.getId(), Locale.ENGLISH);
        assertTrue(rooms.clashes(room.getId(), inDays(13, 9, 0), 90, null).isEmpty(), "the cancelled session");
        Team third = team();
        assertEquals(
                room.getId(),
                book(third, room, inDays(13, 9, 0), 90, false).getRoom().getId());
    }

    @Test
    void onlyHrKeepsTheRoomsAndARetiredRoomIsNoLongerBookedButKept() {
        Team team = team();
        Person hr = hr();
        String name = "Sali " + UUID.randomUUID();
        assertThrows(AccessDenied.class, () -> rooms.add(team.supervisor(), name, null, null));

        Room room = rooms.add(hr, "  " + name + " ", " ", null);
        assertEquals(name, room.getName());
        assertNull(room.getLocation());
        assertEquals(
                "room.nameTaken",
                assertThrows(WorkshopProblem.class, () -> rooms.add(hr, name.toUpperCase(Locale.ROOT), null, null))
                        .messageKey());
        assertEquals(
                "room.nameRequired",
                assertThrows(WorkshopProblem.class, () -> rooms.add(hr, " ", null, null))
                        .messageKey());
        assertEquals(
                "room.nameTooLong",
                assertThrows(WorkshopProblem.class, () -> rooms.add(hr, "x".repeat(121), null, null))
                        .messageKey());
        assertEquals(
                "room.locationTooLong",
                assertThrows(WorkshopProblem.class, () -> rooms.add(hr, name + "b", "y".repeat(201), null))
                        .messageKey());
        WorkshopProblem capacity = assertThrows(WorkshopProblem.class, () -> rooms.add(hr, name + "c", null, 0));
        assertEquals("capacity", capacity.field());
        assertEquals("room.capacityRange", capacity.messageKey());
        assertEquals(
                "Iso " + name,
                rooms.rename(hr, room.getId(), "Iso " + name, "Aula", 40).getName());

        WorkshopSession booked = book(team, room, inDays(15, 9, 0), 60, false);
        assertThrows(AccessDenied.class, () -> rooms.retire(team.supervisor(), room.getId(), true));
        rooms.retire(hr, room.getId(), true);
        assertTrue(rooms.offered(null).stream().noneMatch(r -> r.getId().equals(room.getId())));
        assertTrue(rooms.offered(room.getId()).stream().anyMatch(r -> r.getId().equals(room.getId())));
        Team other = team();
        WorkshopProblem retired =
                assertThrows(WorkshopProblem.class, () -> book(other, room, inDays(15, 13, 0), 60, false));
        assertEquals("room.unavailable", retired.messageKey());

        var keep = new Sessions.Request(
                team.unit().getId(),
                GUIDE,
                inDays(15, 10, 0),
                60,
                null,
                null,
                Set.of(team.employee().getId()),
                null,
                room.getId(),
                false);
        assertEquals(
                room.getId(),
                sessions.reschedule(team.supervisor(), booked.getId(), keep, Locale.ENGLISH)
                        .getRoom()
                        .getId(),
                "a session keeps the room it booked before it was retired");
    }
}
