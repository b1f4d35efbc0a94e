package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.ReaderZone;
import fi.kohtaamo.workshop.control.Facilitation;
import fi.kohtaamo.workshop.control.RoomClash;
import fi.kohtaamo.workshop.control.Rooms;
import fi.kohtaamo.workshop.control.Seats;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.Room;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * Scheduling a workshop, or changing or cancelling one: guide, unit, date and time, length, place or online link,
 * and invitees (the unit's staff by default). Broken rules are explained next to their fields; nothing is saved then.
 * A room from the list that another session has at an overlapping time is warned of on the room field, naming that
 * session, as soon as room and time are chosen; saving then needs "save anyway" ticked, which {@link Rooms} checks.
 */
@Named
@ViewScoped
public class SessionEditBean implements Serializable {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Sessions sessions;

    @Inject
    Oversight oversight;

    @Inject
    Units units;

    @Inject
    People people;

    @Inject
    Settings settings;

    @Inject
    Language language;

    @Inject
    Rooms rooms;

    @Inject
    Facilitation facilitation;

    @Inject
    ReaderZone readerZone;

    @Inject
    Seats seats;

    /** Who has a seat, waits or cancelled in the session edited: kept in the invitee list even from other units. */
    private List<Person> listed = List.of();

    @Getter
    @Setter
    private Long id;

    @Getter
    @Setter
    private Long followUpOf;

    @Getter
    @Setter
    private Long unitId;

    @Getter
    @Setter
    private String guideId;

    @Getter
    @Setter
    private LocalDate date;

    @Getter
    @Setter
    private LocalTime time = LocalTime.of(9, 0);

    @Getter
    @Setter
    private Integer minutes;

    @Size(max = 300, message = "{field.tooLong}")
    @Getter
    @Setter
    private String place;

    @Size(max = 500, message = "{field.tooLong}")
    @Getter
    @Setter
    private String onlineLink;

    @Getter
    @Setter
    private List<Long> inviteeIds = new ArrayList<>();

    @Getter
    private List<Unit> unitOptions;

    @Getter
    private List<Person> peopleOptions = List.of();

    @Getter
    @Setter
    private Long roomId;

    /** The scheduler saw the room clash and saves anyway. */
    @Getter
    @Setter
    private boolean clashAccepted;

    @Getter
    private List<Room> roomOptions = List.of();

    /** The warning that another session has the chosen room at an overlapping time, or null. */
    @Getter
    private String clash;

    @Getter
    @Setter
    private List<Long> coFacilitatorIds = new ArrayList<>();

    /** Who may be picked as a co-facilitator: people the viewer oversees who lead or are HR, and those on it now. */
    @Getter
    private List<Person> coFacilitatorOptions = List.of();

    @Size(max = Facilitation.TRAINER_MAX, message = "{field.tooLong}")
    @Getter
    @Setter
    private String trainerName;

    @Size(max = Facilitation.TRAINER_MAX, message = "{field.tooLong}")
    @Getter
    @Setter
    private String trainerOrganisation;

    /** Seats, or null for no limit. */
    @Getter
    @Setter
    private Integer capacity;

    /** The units whose people may sign up themselves. */
    @Getter
    @Setter
    private List<Long> openUnitIds = new ArrayList<>();

    /** The units the viewer oversees, to open the session to. */
    @Getter
    private List<Unit> openUnitOptions = List.of();

    private boolean trackCompleted;
    /** The guides to choose from, read once per visit. */
    private transient List<WorkshopGuide> guides;

    public void load() {
        Person viewer = currentUser.getPerson();
        Oversight.Scope scope = oversight.scope(viewer, null);
        unitOptions = scope.options().stream()
                .filter(u -> u.getKind() != UnitKind.ORGANISATION)
                .toList();
        openUnitOptions = scope.options();
        trackCompleted = sessions.completedSupervisorTrack(viewer);
        Person facilitator = viewer;
        List<Person> current = List.of();
        if (id != null) {
            WorkshopSession session = sessions.find(viewer, id);
            facilitator = session.getFacilitator();
            current = List.copyOf(session.getCoFacilitators());
            coFacilitatorIds =
                    new ArrayList<>(current.stream().map(Person::getId).toList());
            trainerName = session.getTrainerName();
            trainerOrganisation = session.getTrainerOrganisation();
            unitId = session.getUnit().getId();
            guideId = session.getGuide().getId();
            date = session.getStartsAt().toLocalDate();
            time = session.getStartsAt().toLocalTime();
            minutes = session.getMinutes();
            place = session.getPlace();
            onlineLink = session.getOnlineLink();
            roomId = session.getRoom() == null ? null : session.getRoom().getId();
            inviteeIds = new ArrayList<>(
                    session.getInvitees().stream().map(Invitee::getPersonId).toList());
            session.getWaitlist().forEach(w -> inviteeIds.add(w.getPersonId()));
            capacity = session.getCapacity();
            openUnitIds = new ArrayList<>(session.getOpenUnitIds());
            listed = seats.listed(session);
        } else {
            // A new session may come with its unit and guide chosen (?unit=&guide=, as the cockpit links); a guide
            // that is not offered is simply not chosen, a unit outside the viewer's oversight is refused below.
            if (guideId != null
                    && sessions.guides().stream().noneMatch(g -> g.getId().equals(guideId))) {
                guideId = null;
            }
            if (followUpOf != null) {
                WorkshopSession previous = sessions.find(viewer, followUpOf);
                unitId = previous.getUnit().getId();
                guideId = previous.getGuide().getId();
            }
            if (unitId == null) {
                unitId = unitOptions.contains(scope.unit())
                        ? scope.unit().getId()
                        : unitOptions.stream().findFirst().map(Unit::getId).orElse(null);
            }
        }
        roomOptions = rooms.offered(roomId);
        List<Person> options = new ArrayList<>(current);
        facilitation.options(viewer, facilitator).stream()
                .filter(p -> !options.contains(p))
                .forEach(options::add);
        coFacilitatorOptions = options;
        unitChanged(id == null);
        roomChanged();
    }

    /** Warns on the room field when another session has the chosen room at an overlapping time. */
    public void roomChanged() {
        LocalDateTime startsAt = date == null || time == null ? null : LocalDateTime.of(date, time);
        String before = clash;
        clash = rooms.clashes(roomId, startsAt, minutes == null ? 0 : minutes, id).stream()
                .findFirst()
                .map(this::clashWarning)
                .orElse(null);
        if (!Objects.equals(before, clash)) {
            clashAccepted = false;
        }
    }

    private String clashWarning(WorkshopSession other) {
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale());
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
        LocalDateTime start = readerZone.shown(other.getStartsAt());
        LocalDateTime end = readerZone.shown(other.getEndsAt());
        return language.text(
                "room.clash",
                other.getRoom().getName(),
                other.getGuide().getHeading().getTitle().in(language.getLocale()) + " – "
                        + other.getUnit().getName(),
                start.format(day),
                start.format(clock),
                end.format(clock));
    }

    /** Lists the chosen unit's people; a new session invites all of them. */
    public void unitChanged(boolean inviteAll) {
        if (unitId == null) {
            peopleOptions = List.of();
            return;
        }
        oversight.requireOversees(currentUser.getPerson(), unitId);
        List<Person> options = new ArrayList<>(people.inUnits(units.withDescendants(List.of(unitId))).stream()
                .filter(Person::isActive)
                .toList());
        // People who signed up from another unit the session was opened to stay listed, so that saving keeps them.
        listed.stream().filter(p -> !options.contains(p)).forEach(options::add);
        peopleOptions = options;
        if (inviteAll) {
            inviteeIds =
                    new ArrayList<>(peopleOptions.stream().map(Person::getId).toList());
        }
    }

    public void guideChanged() {
        sessions.guides().stream()
                .filter(g -> g.getId().equals(guideId))
                .findFirst()
                .ifPresent(g -> minutes = g.getMinutes());
    }

    public String save() {
        Person viewer = currentUser.getPerson();
        LocalDateTime startsAt = date == null || time == null ? null : LocalDateTime.of(date, time);
        var request = new Sessions.Request(
                unitId,
                guideId,
                startsAt,
                minutes == null ? 0 : minutes,
                place,
                onlineLink,
                new LinkedHashSet<>(inviteeIds),
                followUpOf,
                roomId,
                clashAccepted,
                new HashSet<>(coFacilitatorIds),
                trainerName,
                trainerOrganisation,
                capacity,
                new HashSet<>(openUnitIds));
        try {
            WorkshopSession session = id == null
                    ? sessions.schedule(viewer, request, language.getLocale())
                    : sessions.reschedule(viewer, id, request, language.getLocale());
            Messages.addFlashGlobalInfo(language.text(id == null ? "workshop.scheduled" : "workshop.changed"));
            return "/workshop/session?faces-redirect=true&id=" + session.getId();
        } catch (RoomClash problem) {
            FacesContext.getCurrentInstance().validationFailed();
            clash = clashWarning(problem.other());
            Messages.addError("session:room", language.text("room.clashRefused"));
            return null;
        } catch (WorkshopProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addError("session:" + problem.field(), language.text(problem.messageKey()));
            return null;
        }
    }

    public String cancelSession() {
        sessions.cancel(currentUser.getPerson(), id, language.getLocale());
        Messages.addFlashGlobalInfo(language.text("workshop.cancelled"));
        return "/workshop/sessions?faces-redirect=true";
    }

    public boolean isShowTrackNotice() {
        return !trackCompleted;
    }

    public boolean isTrackRequired() {
        return settings.flag(Settings.REQUIRE_SUPERVISOR_TRACK);
    }

    public List<WorkshopGuide> getGuides() {
        if (guides == null) {
            guides = sessions.guides();
        }
        return guides;
    }

    public String guideTitle(WorkshopGuide guide) {
        return guide.getHeading().getTitle().in(language.getLocale()) + " (" + guide.getMinutes() + " min)";
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
