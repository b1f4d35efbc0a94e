package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.entity.Room;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rooms workshops book: HR and administrators keep the list (add, rename, retire; a room is never deleted, so
 * the sessions held in it keep naming it), the session form offers the rooms not retired, and a booking is checked
 * here for a clash with another session (not cancelled) in the same room at an overlapping time. A clash is refused
 * unless the scheduler has accepted it; sessions that only touch (one ends when the other starts) do not clash.
 *
 * <pre>
 * Room room = rooms.book(request.roomId(), startsAt, minutes, sessionId, keptRoomId, request.clashAccepted());
 * </pre>
 */
@ApplicationScoped
public class Rooms {

    @PersistenceContext
    EntityManager em;

    /** Every room, those in use first, by name: for the rooms page. */
    public List<Room> all() {
        return em.createNamedQuery("Room.all", Room.class).getResultList();
    }

    /** The rooms a session form offers: those not retired, and the session's own room even if it has been since. */
    public List<Room> offered(Long keptRoomId) {
        return all().stream()
                .filter(r -> !r.isRetired() || r.getId().equals(keptRoomId))
                .toList();
    }

    /**
     * Adds a room.
     *
     * @throws WorkshopProblem naming the field when the name is missing, too long or taken, or the location or
     *     capacity is out of range
     * @throws AccessDenied unless the actor is HR or an administrator
     */
    @Transactional
    public Room add(Person actor, String name, String location, Integer capacity) {
        requireKeeper(actor);
        check(name, location, capacity, null);
        Room room = new Room(name, location, capacity);
        em.persist(room);
        return room;
    }

    /** Renames a room or changes its location or capacity, with the same checks as {@link #add}. */
    @Transactional
    public Room rename(Person actor, Long roomId, String name, String location, Integer capacity) {
        requireKeeper(actor);
        Room room = found(roomId);
        check(name, location, capacity, room.getId());
        room.describe(name, location, capacity);
        return room;
    }

    /** Retires a room (no longer offered; sessions booked in it keep it) or brings a retired one back. */
    @Transactional
    public Room retire(Person actor, Long roomId, boolean retired) {
        requireKeeper(actor);
        Room room = found(roomId);
        room.setRetired(retired);
        return room;
    }

    /**
     * The sessions, not cancelled and other than {@code ownId}, that have the room at a time overlapping the given
     * one, by start time.
     */
    public List<WorkshopSession> clashes(Long roomId, LocalDateTime startsAt, int minutes, Long ownId) {
        if (roomId == null || startsAt == null || minutes <= 0) {
            return List.of();
        }
        LocalDateTime end = startsAt.plusMinutes(minutes);
        return em
                .createQuery(
                        "select s from WorkshopSession s where s.room.id = :room and s.status <> :cancelled"
                                + " and s.startsAt > :from and s.startsAt < :until order by s.startsAt",
                        WorkshopSession.class)
                .setParameter("room", roomId)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .setParameter("from", startsAt.minusMinutes(Sessions.MAX_MINUTES + 1L))
                .setParameter("until", end)
                .getResultList()
                .stream()
                .filter(s -> !s.getId().equals(ownId) && s.overlaps(startsAt, end))
                .toList();
    }

    /**
     * The room a session books, checked: none when no room is chosen; a retired room only if the session already had
     * it.
     *
     * @param keptRoomId the room the session has now, or null
     * @throws WorkshopProblem on the room field when the room is unknown or retired
     * @throws RoomClash when another session has the room at an overlapping time and the clash is not accepted
     */
    public Room book(
            Long roomId, LocalDateTime startsAt, int minutes, Long sessionId, Long keptRoomId, boolean clashAccepted) {
        if (roomId == null) {
            return null;
        }
        Room room = em.find(Room.class, roomId);
        if (room == null || (room.isRetired() && !roomId.equals(keptRoomId))) {
            throw new WorkshopProblem("room", "room.unavailable");
        }
        List<WorkshopSession> clashes = clashes(roomId, startsAt, minutes, sessionId);
        if (!clashes.isEmpty() && !clashAccepted) {
            throw new RoomClash(clashes.get(0));
        }
        return room;
    }

    private Room found(Long roomId) {
        Room room = roomId == null ? null : em.find(Room.class, roomId);
        if (room == null) {
            throw new AccessDenied("No room " + roomId);
        }
        return room;
    }

    private void check(String name, String location, Integer capacity, Long ownId) {
        if (name == null || name.isBlank()) {
            throw new WorkshopProblem("name", "room.nameRequired");
        }
        if (name.strip().length() > Room.NAME_MAX) {
            throw new WorkshopProblem("name", "room.nameTooLong");
        }
        if (location != null && location.strip().length() > Room.LOCATION_MAX) {
            throw new WorkshopProblem("location", "room.locationTooLong");
        }
        if (capacity != null && (capacity < 1 || capacity > Room.CAPACITY_MAX)) {
            throw new WorkshopProblem("capacity", "room.capacityRange");
        }
        boolean taken = em
                .createNamedQuery("Room.named", Room.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultList()
                .stream()
                .anyMatch(r -> !Objects.equals(r.getId(), ownId));
        if (taken) {
            throw new WorkshopProblem("name", "room.nameTaken");
        }
    }

    private static void requireKeeper(Person actor) {
        if (!actor.isActive() || !(actor.hasRole(Role.HR) || actor.hasRole(Role.ADMIN))) {
            throw new AccessDenied("Only HR and administrators keep the rooms");
        }
    }
}
