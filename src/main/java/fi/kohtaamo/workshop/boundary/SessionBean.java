package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * One session: its details, the attendance list (phone-friendly check boxes, late additions from the unit), the
 * team's commitments (added through {@link CommitmentForm}, as on facilitator mode's last step), and the notes.
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
        session = sessions.find(currentUser.getPerson(), id);
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
        sessions.setCommitmentStatus(currentUser.getPerson(), commitment.getId(), Commitment.State.valueOf(state));
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
