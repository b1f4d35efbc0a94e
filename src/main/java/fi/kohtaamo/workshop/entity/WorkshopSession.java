package fi.kohtaamo.workshop.entity;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.Getter;
import lombok.Setter;

/**
 * One workshop a supervisor runs with their unit's staff from a guide: when and where, who is invited and who came,
 * and the notes typed during it. The calendar UID stays the same through reschedules and a cancellation, so that
 * calendars update the one event.
 */
@Entity
@Table(name = "workshop_session")
@NamedQuery(
        name = "WorkshopSession.inUnits",
        query = "select s from WorkshopSession s where s.unit.id in :units order by s.startsAt desc")
@NamedQuery(
        name = "WorkshopSession.startingBetween",
        query = "select s from WorkshopSession s where s.unit.id = :unit and s.status <> :cancelled"
                + " and s.startsAt > :from and s.startsAt < :until")
@NamedQuery(
        name = "WorkshopSession.coFacilitatedBy",
        query = "select s from WorkshopSession s join s.coFacilitators c where c.id = :person")
@Getter
public class WorkshopSession implements Serializable {

    @Id
    @SequenceGenerator(name = "workshop_session_seq", sequenceName = "workshop_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshop_session_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "guide_id")
    @Setter
    private WorkshopGuide guide;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "facilitator_id")
    private Person facilitator;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    private int minutes;

    @Size(max = 300, message = "{field.tooLong}")
    private String place;

    @Column(name = "online_link")
    @Size(max = 500, message = "{field.tooLong}")
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Size(max = 20_000, message = "{field.tooLong}")
    private String notes;

    @Column(name = "ical_uid")
    private String icalUid = UUID.randomUUID() + "@kohtaamo";

    @Column(name = "ical_sequence")
    private int icalSequence;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follow_up_of")
    @Setter
    private WorkshopSession followUpOf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_invitee", joinColumns = @JoinColumn(name = "session_id"))
    private Set<Invitee> invitees = new LinkedHashSet<>();

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Column(name = "updated_at")
    private LocalDateTime updatedAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Version
    private long version;

    /** The room booked from the list of rooms, if any, beside or instead of the free-text place. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "room_id")
    @Setter
    private Room room;

    /** Who runs the session beside the facilitator: they may open facilitator mode and record it. */
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "session_co_facilitator",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> coFacilitators = new LinkedHashSet<>();

    /** An external trainer's name, if one runs the session too (free text, no account). */
    @Column(name = "trainer_name")
    private String trainerName;

    @Column(name = "trainer_organisation")
    private String trainerOrganisation;

    /** How many seats the session has; null when there is no limit. */
    private Integer capacity;

    /** Who waits for a seat, first in line first. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_waiting", joinColumns = @JoinColumn(name = "session_id"))
    @OrderBy("queueNo")
    private List<Waiting> waitlist = new ArrayList<>();

    /** Invitees who gave up their seat or place in line, with their reasons. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_cancellation", joinColumns = @JoinColumn(name = "session_id"))
    private Set<Cancellation> cancellations = new LinkedHashSet<>();

    /** The units whose people may sign up themselves. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_open_unit", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "unit_id")
    private Set<Long> openUnitIds = new LinkedHashSet<>();

    protected WorkshopSession() {}

    public WorkshopSession(Unit unit, WorkshopGuide guide, Person facilitator) {
        this.unit = unit;
        this.guide = guide;
        this.facilitator = facilitator;
    }

    /** Sets the time and place; a change to a scheduled session counts as a new calendar revision. */
    public void schedule(LocalDateTime startsAt, int minutes, String place, String onlineLink) {
        if (id != null) {
            icalSequence++;
        }
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.place = blankToNull(place);
        this.onlineLink = blankToNull(onlineLink);
        this.updatedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }

    public void cancel() {
        status = SessionStatus.CANCELLED;
        icalSequence++;
        updatedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }

    /** Marks who came; everyone else invited did not come; anyone marked who was not invited is a late addition. */
    public void recordAttendance(Set<Long> attendees) {
        Map<Long, Attendance> states = new LinkedHashMap<>();
        invitees.forEach(i -> states.put(i.getPersonId(), Attendance.NO_SHOW));
        attendees.forEach(id -> states.put(id, Attendance.ATTENDED));
        recordAttendance(states);
    }

    /**
     * Records each person's state (a null state clears it). Anyone given a state who has no seat is added as a late
     * addition, beyond the capacity if need be, and leaves the waitlist.
     */
    public void recordAttendance(Map<Long, Attendance> states) {
        states.forEach((personId, state) -> {
            if (state != null && !isInvited(personId)) {
                invitees.add(new Invitee(personId));
                waitlist.removeIf(w -> w.getPersonId().equals(personId));
                cancellations.removeIf(c -> c.getPersonId().equals(personId));
            }
        });
        for (Invitee invitee : invitees) {
            if (states.containsKey(invitee.getPersonId())) {
                invitee.setAttendance(states.get(invitee.getPersonId()));
            }
        }
        if (status == SessionStatus.SCHEDULED) {
            status = SessionStatus.HELD;
        }
        updatedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }

    /** Invites exactly these people, as {@link #invite(Collection, LocalDateTime)} does. */
    public void invite(Set<Long> personIds) {
        invite(personIds, LocalDateTime.now(OrganisationZone.ZONE));
    }

    /**
     * Makes these people, in this order, the ones invited: anyone no longer listed loses their seat or place in line
     * (unless they attended), the waitlist moves up into free seats, and each newcomer gets a seat while there is one
     * and a place at the end of the line after that.
     *
     * @return who got a seat from the waitlist, who got one as a newcomer, and who was put in line
     */
    public Seating invite(Collection<Long> personIds, LocalDateTime now) {
        invitees.removeIf(i -> !personIds.contains(i.getPersonId()) && !i.isAttended());
        waitlist.removeIf(w -> !personIds.contains(w.getPersonId()));
        List<Long> promoted = promote();
        List<Long> seated = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        for (Long personId : personIds) {
            if (isInvited(personId) || isWaiting(personId)) {
                continue;
            }
            cancellations.removeIf(c -> c.getPersonId().equals(personId));
            if (hasFreeSeat()) {
                invitees.add(new Invitee(personId));
                seated.add(personId);
            } else {
                waitlist.add(new Waiting(personId, nextQueueNo(), now));
                waiting.add(personId);
            }
        }
        return new Seating(promoted, seated, waiting);
    }

    public LocalDateTime getEndsAt() {
        return startsAt.plusMinutes(minutes);
    }

    /** Whether this session and the given time range overlap. */
    public boolean overlaps(LocalDateTime start, LocalDateTime end) {
        return startsAt.isBefore(end) && getEndsAt().isAfter(start);
    }

    /** Whether the session's start time has come: only then can anyone have attended it. */
    public boolean hasStarted(LocalDateTime now) {
        return !startsAt.isAfter(now);
    }

    public boolean isOpen() {
        return status != SessionStatus.CANCELLED;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void setNotes(String notes) {
        this.notes = notes;
        this.updatedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }

    public Optional<WorkshopSession> followUpOf() {
        return Optional.ofNullable(followUpOf);
    }

    /** Sets who runs the session beside the facilitator; the caller has checked the people and the lengths. */
    public void setFacilitation(Set<Person> coFacilitators, String trainerName, String trainerOrganisation) {
        this.coFacilitators.retainAll(coFacilitators);
        this.coFacilitators.addAll(coFacilitators);
        this.trainerName = blankToNull(trainerName);
        this.trainerOrganisation = this.trainerName == null ? null : blankToNull(trainerOrganisation);
    }

    /** Whether the person runs this session: its facilitator or one of its co-facilitators. */
    public boolean isRunBy(Person person) {
        return facilitator.getId().equals(person.getId())
                || coFacilitators.stream().anyMatch(c -> c.getId().equals(person.getId()));
    }

    /** The external trainer as the session names them, "name (organisation)", or null. */
    public String getTrainer() {
        if (trainerName == null) {
            return null;
        }
        return trainerOrganisation == null ? trainerName : trainerName + " (" + trainerOrganisation + ")";
    }

    /** Everyone who runs the session, as mails sign it: the facilitator, the co-facilitators and the trainer. */
    public String getRunBy() {
        return Stream.concat(
                        Stream.concat(Stream.of(facilitator), coFacilitators.stream())
                                .map(Person::getFullName),
                        Stream.ofNullable(getTrainer()))
                .collect(Collectors.joining(", "));
    }

    /** Where the session is, as mails and calendars say it: the room and the place, or else the online link. */
    public String getWhere() {
        String where = Stream.of(room == null ? null : room.getLabel(), place)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return where.isEmpty() ? onlineLink : where;
    }

    public long getAttendedCount() {
        return invitees.stream().filter(Invitee::isAttended).count();
    }

    /**
     * Who a change of seats moved: {@code promoted} from the waitlist into a seat, {@code seated} newly invited into a
     * seat, {@code waiting} newly put on the waitlist.
     */
    public record Seating(List<Long> promoted, List<Long> seated, List<Long> waiting) {}

    /** Sets the number of seats (null for no limit) and fills any seats that frees from the waitlist. */
    public List<Long> setCapacity(Integer capacity) {
        this.capacity = capacity;
        return promote();
    }

    /** Opens the session for the people of these units to sign up themselves; an empty set closes it. */
    public void openTo(Set<Long> unitIds) {
        openUnitIds.clear();
        openUnitIds.addAll(unitIds);
    }

    public boolean isInvited(Long personId) {
        return invitees.stream().anyMatch(i -> i.getPersonId().equals(personId));
    }

    public boolean isWaiting(Long personId) {
        return waitlist.stream().anyMatch(w -> w.getPersonId().equals(personId));
    }

    /** The person's place in line, 1 for the next to be promoted, or 0 when they are not waiting. */
    public int placeInLine(Long personId) {
        List<Waiting> line = getWaitlist();
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).getPersonId().equals(personId)) {
                return i + 1;
            }
        }
        return 0;
    }

    public boolean hasFreeSeat() {
        return capacity == null || invitees.size() < capacity;
    }

    /** The waitlist, first in line first. */
    public List<Waiting> getWaitlist() {
        return waitlist.stream()
                .sorted(Comparator.comparingInt(Waiting::getQueueNo))
                .toList();
    }

    /**
     * Takes the person's seat or place in line away at their own request, keeping their reason; the first waiting is
     * promoted into a freed seat.
     *
     * @return who was promoted (empty, or the first in line)
     */
    public List<Long> cancelSeat(Long personId, String reason, LocalDateTime now) {
        invitees.removeIf(i -> i.getPersonId().equals(personId));
        waitlist.removeIf(w -> w.getPersonId().equals(personId));
        cancellations.removeIf(c -> c.getPersonId().equals(personId));
        cancellations.add(new Cancellation(personId, reason, now));
        updatedAt = now;
        return promote();
    }

    /** Takes a seat, or the last place in line when the session is full, for someone who signed up themselves. */
    public Seating signUp(Long personId, LocalDateTime now) {
        Set<Long> everyone = new LinkedHashSet<>();
        invitees.forEach(i -> everyone.add(i.getPersonId()));
        getWaitlist().forEach(w -> everyone.add(w.getPersonId()));
        everyone.add(personId);
        return invite(everyone, now);
    }

    /** Moves the first in line into each free seat. */
    private List<Long> promote() {
        List<Long> promoted = new ArrayList<>();
        for (Waiting next : getWaitlist()) {
            if (!hasFreeSeat()) {
                break;
            }
            waitlist.remove(next);
            invitees.add(new Invitee(next.getPersonId()));
            promoted.add(next.getPersonId());
        }
        return promoted;
    }

    private int nextQueueNo() {
        return waitlist.stream().mapToInt(Waiting::getQueueNo).max().orElse(0) + 1;
    }
}
