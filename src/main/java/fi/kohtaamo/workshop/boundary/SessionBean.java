package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.ReaderZone;
import fi.kohtaamo.workshop.control.Commitments;
import fi.kohtaamo.workshop.control.DotVotes;
import fi.kohtaamo.workshop.control.Facilitation;
import fi.kohtaamo.workshop.control.FactorScores;
import fi.kohtaamo.workshop.control.Seats;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.control.ThenNow;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.Attendance;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.CommitmentEvent;
import fi.kohtaamo.workshop.entity.DotVote;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * One session: its details, the attendance list (phone-friendly check boxes, late additions from the unit), the
 * team's commitments (added through {@link CommitmentForm}, as on facilitator mode's last step) with their history, in
 * a follow-up session the previous session's commitments to review and carry over, the six-factor dot vote's scores,
 * the pulse's scores then and now of the factors addressed, and the notes.
 */
@Named
@ViewScoped
public class SessionBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Sessions sessions;

    @Inject
    @Getter
    CommitmentForm newCommitment;

    @Inject
    Language language;

    @Inject
    Commitments commitmentControl;

    @Inject
    FactorScores factorScores;

    @Inject
    DotVotes dotVotes;

    @Inject
    ReaderZone readerZone;

    @Inject
    Facilitation facilitation;

    /**
     * Whether the viewer oversees the session's unit and so may change it, follow it up and change its commitments'
     * status; a co-facilitator from elsewhere only runs it ({@link Facilitation}), and sees no links to what they may
     * not do.
     */
    @Getter
    private boolean manages;

    @Inject
    Seats seats;

    /** The history of the commitments shown, by commitment id. */
    private Map<Long, List<CommitmentEvent>> history = Map.of();

    /** The dot vote recorded in facilitator mode, if any. */
    @Getter
    private DotVote dotVote;

    /** The pulse's scores then and now of the factors the commitments name, and of all six after a dot vote. */
    @Getter
    private List<ThenNow> thenAndNow = List.of();

    @Getter
    @Setter
    private Long id;

    @Getter
    private WorkshopSession session;

    /**
     * Those with a seat first (from whichever unit they signed up), then the unit's other people and anyone else
     * waiting, for attendance.
     */
    @Getter
    private List<Person> attendanceList;

    /** Each listed person's attendance state by person id: an {@link Attendance} name, or "" for none recorded. */
    @Getter
    private Map<Long, String> states = new HashMap<>();

    @Getter
    private List<Commitment> commitments;

    /** In a follow-up session, the commitments made in the session it follows up, to review together. */
    @Getter
    private List<Commitment> previousCommitments = List.of();

    public void load() {
        session = sessions.findToRun(currentUser.getPerson(), id);
        manages = facilitation.manages(currentUser.getPerson(), session);
        List<Person> unitPeople = sessions.peopleOf(session);
        newCommitment.open(session, unitPeople);
        List<Person> listed = seats.listed(session);
        attendanceList = new ArrayList<>(
                listed.stream().filter(p -> session.isInvited(p.getId())).toList());
        unitPeople.stream().filter(p -> !attendanceList.contains(p)).forEach(attendanceList::add);
        listed.stream()
                .filter(p -> session.isWaiting(p.getId()) && !attendanceList.contains(p))
                .forEach(attendanceList::add);
        states = new HashMap<>();
        attendanceList.forEach(p -> states.put(p.getId(), ""));
        session.getInvitees().stream()
                .filter(i -> i.getAttendance() != null)
                .forEach(i -> states.put(i.getPersonId(), i.getAttendance().name()));
        commitments = sessions.commitmentsOf(session);
        previousCommitments = session.followUpOf().map(sessions::commitmentsOf).orElse(List.of());
        List<Commitment> shown = new ArrayList<>(commitments);
        shown.addAll(previousCommitments);
        history = commitmentControl.historyOf(shown);
        dotVote = dotVotes.of(currentUser.getPerson(), id).orElse(null);
        Set<Factor> factors = new LinkedHashSet<>();
        if (dotVote != null) {
            factors.addAll(List.of(Factor.values()));
        } else {
            commitments.stream()
                    .map(Commitment::getFactor)
                    .filter(Objects::nonNull)
                    .forEach(factors::add);
        }
        thenAndNow = manages ? factorScores.thenAndNow(session, factors) : List.of();
    }

    /** Carries an open commitment of the session followed up over to this one; a refusal is shown as a message. */
    public void carryOver(Commitment commitment) {
        try {
            commitmentControl.carryOver(currentUser.getPerson(), commitment.getId(), id);
            Messages.addGlobalInfo(language.text("commitment.carried"));
        } catch (WorkshopProblem problem) {
            Messages.addGlobalError(language.text(problem.messageKey()));
        }
        load();
    }

    public List<CommitmentEvent> history(Commitment commitment) {
        return history.getOrDefault(commitment.getId(), List.of());
    }

    /** A day of a stored organisation time, in the reader's zone and language. */
    public String dateOf(LocalDateTime at) {
        return readerZone
                .shown(at)
                .toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale()));
    }

    /** A session as the history names it: its guide and the day it was held. */
    public String sessionName(WorkshopSession other) {
        return other.getGuide().getHeading().getTitle().in(language.getLocale()) + ", " + dateOf(other.getStartsAt());
    }

    /** The recorded score of a factor on the dot vote's wall, or null. */
    public DotVote.Sheet sheet(Factor factor) {
        return dotVote == null ? null : dotVote.sheet(factor).orElse(null);
    }

    /**
     * Saves each listed person's state; those without a seat are added only when given one. A refusal (such as a
     * session that has not started) is shown on the form.
     */
    public void saveAttendance() {
        Map<Long, Attendance> recorded = new LinkedHashMap<>();
        states.forEach((personId, state) -> {
            boolean none = state == null || state.isEmpty();
            if (!none || session.isInvited(personId)) {
                recorded.put(personId, none ? null : Attendance.valueOf(state));
            }
        });
        try {
            WorkshopSession saved = sessions.recordAttendance(currentUser.getPerson(), id, recorded);
            Messages.addGlobalInfo(language.text("workshop.attendanceSaved", saved.getAttendedCount()));
            load();
        } catch (WorkshopProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addError("attendance:saveAttendance", language.text(problem.messageKey()));
        }
    }

    /** The attendance states to choose from. */
    public Attendance[] getAttendanceStates() {
        return Attendance.values();
    }

    /** What the attendance list says beside a name: not invited, or waiting for a seat. */
    public String note(Person person) {
        if (session.isInvited(person.getId())) {
            return "";
        }
        return " " + language.text(session.isWaiting(person.getId()) ? "seats.onWaitlist" : "workshop.notInvited");
    }

    public void addCommitment() {
        if (newCommitment.add()) {
            load();
        }
    }

    public void setStatus(Commitment commitment, String state) {
        commitmentControl.setStatus(currentUser.getPerson(), commitment.getId(), Commitment.State.valueOf(state));
        load();
    }

    public boolean invited(Person person) {
        return session.getInvitees().stream().anyMatch(i -> i.getPersonId().equals(person.getId()));
    }

    public String guideTitle() {
        return session.getGuide().getHeading().getTitle().in(language.getLocale());
    }

    /** Attendance is recorded from the start time on. */
    public boolean isStarted() {
        return sessions.hasStarted(session);
    }

    public boolean isEditable() {
        return session.getStatus() == SessionStatus.SCHEDULED;
    }
}
