package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
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
 * team's commitments, and the notes.
 */
@Named
@ViewScoped
public class SessionBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Sessions sessions;

    @Inject
    People people;

    @Inject
    Units units;

    @Inject
    Learners learners;

    @Inject
    Language language;

    @Getter
    @Setter
    private Long id;

    @Getter
    private WorkshopSession session;

    @Getter
    private List<Person> unitPeople;

    /** The unit's people, invitees first, for the attendance list. */
    @Getter
    private List<Person> attendanceList;
    /** The modules a commitment may point to, read once per visit. */
    private transient List<SelectItem> modules;

    @Getter
    @Setter
    private List<Long> attendees = new ArrayList<>();

    @Getter
    private List<Commitment> commitments;

    /** In a follow-up session, the commitments made in the session it follows up, to review together. */
    @Getter
    private List<Commitment> previousCommitments = List.of();

    @Size(max = 500, message = "{field.tooLong}")
    @Getter
    @Setter
    private String what;

    @Getter
    @Setter
    private Long ownerId;

    @Getter
    @Setter
    private LocalDate due;

    @Getter
    @Setter
    private Factor factor;

    @Getter
    @Setter
    private String moduleId;

    public void load() {
        session = sessions.find(currentUser.getPerson(), id);
        unitPeople = people
                .inUnits(units.withDescendants(List.of(session.getUnit().getId())))
                .stream()
                .filter(Person::isActive)
                .toList();
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
        try {
            sessions.commit(currentUser.getPerson(), id, what, ownerId, due, factor, moduleId);
            Messages.addGlobalInfo(language.text("commitment.added"));
            what = null;
            ownerId = null;
            due = null;
            factor = null;
            moduleId = null;
            load();
        } catch (WorkshopProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addError("commitments:" + problem.field(), language.text(problem.messageKey()));
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

    public List<Factor> getFactors() {
        return List.of(Factor.values());
    }

    public List<SelectItem> getModules() {
        if (modules == null) {
            modules = learners.modules().values().stream()
                    .map(m ->
                            new SelectItem(m.getId(), m.getHeading().getTitle().in(language.getLocale())))
                    .toList();
        }
        return modules;
    }

    /** Attendance is recorded from the start time on. */
    public boolean isStarted() {
        return sessions.hasStarted(session);
    }

    public boolean isEditable() {
        return session.getStatus() == SessionStatus.SCHEDULED;
    }
}
