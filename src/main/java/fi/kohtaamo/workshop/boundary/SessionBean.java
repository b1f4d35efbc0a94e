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
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.control.ThenNow;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.CommitmentEvent;
import fi.kohtaamo.workshop.entity.DotVote;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** The unit's people, invitees first, for the attendance list. */
    @Getter
    private List<Person> attendanceList;

    @Getter
    @Setter
    private List<Long> attendees = new ArrayList<>();

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
        Map<Long, Person> byId = unitPeople.stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        attendanceList = new ArrayList<>(session.getInvitees().stream()
                .map(i -> byId.get(i.getPersonId()))
                .filter(Objects::nonNull)
                .toList());
        unitPeople.stream().filter(p -> !attendanceList.contains(p)).forEach(attendanceList::add);
        attendees = new ArrayList<>(session.getInvitees().stream()
                .filter(Invitee::isAttended)
                .map(Invitee::getPersonId)
                .toList());
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

    public void saveAttendance() {
        try {
            sessions.recordAttendance(currentUser.getPerson(), id, new HashSet<>(attendees));
            Messages.addGlobalInfo(language.text("workshop.attendanceSaved", attendees.size()));
            load();
        } catch (WorkshopProblem problem) {
            Messages.addGlobalError(language.text(problem.messageKey()));
        }
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
