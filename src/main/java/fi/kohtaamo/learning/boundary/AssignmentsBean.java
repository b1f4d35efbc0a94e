package fi.kohtaamo.learning.boundary;

import fi.kohtaamo.learning.control.Assignments;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.entity.Assignment;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * Giving modules and tracks to a unit, a role or named people, with a due date; and the list of assignments the
 * viewer manages. HR assigns anywhere; a supervisor within the units they oversee.
 */
@Named
@ViewScoped
public class AssignmentsBean implements Serializable {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Assignments assignments;

    @Inject
    Learners learners;

    @Inject
    Oversight oversight;

    @Inject
    People people;

    @Inject
    Language language;

    /** "module:<id>" or "track:<id>". */
    @Getter
    @Setter
    private String subject;

    /** "unit", "role" or "person". */
    @Getter
    @Setter
    private String targetKind = "unit";

    @Getter
    @Setter
    private Long unitId;

    @Getter
    @Setter
    private Role role;

    @Getter
    @Setter
    private Long personId;

    @Getter
    @Setter
    private LocalDate due;

    /** Instead of a date: due this many days after the assignment reaches each person. */
    @Min(value = 1, message = "{assign.dueDaysRange}")
    @Max(value = Assignment.MAX_DUE_DAYS, message = "{assign.dueDaysRange}")
    @Getter
    @Setter
    private Integer dueDays;

    @Getter
    private List<Assignment> list;

    @Getter
    private List<Unit> unitOptions;

    @Getter
    private List<Person> personOptions;
    /** The modules and tracks to choose from, read once per visit. */
    private transient List<SelectItem> subjects;

    public void load() {
        Person viewer = currentUser.getPerson();
        list = assignments.manageableBy(viewer);
        Oversight.Scope scope = oversight.scope(viewer, null);
        unitOptions = scope.options();
        personOptions = people.inUnits(scope.overseen()).stream()
                .filter(Person::isActive)
                .toList();
    }

    public void create() {
        Person viewer = currentUser.getPerson();
        String[] parts = subject.split(":", 2);
        String moduleId = parts[0].equals("module") ? parts[1] : null;
        String trackId = parts[0].equals("track") ? parts[1] : null;
        Assignments.Request request = switch (targetKind) {
            case "role" -> new Assignments.Request(moduleId, trackId, null, role, null, due, dueDays);
            case "person" -> new Assignments.Request(moduleId, trackId, null, null, personId, due, dueDays);
            default -> new Assignments.Request(moduleId, trackId, unitId, null, null, due, dueDays);
        };
        if (("role".equals(targetKind) && role == null)
                || ("person".equals(targetKind) && personId == null)
                || ("unit".equals(targetKind) && unitId == null)) {
            Messages.addGlobalError(language.text("assign.chooseTarget"));
            return;
        }
        if (due != null && dueDays != null) {
            Messages.addError("assign:dueDays", language.text("assign.dueOneWay"));
            return;
        }
        assignments.create(viewer, request);
        Messages.addGlobalInfo(language.text("assign.created"));
        subject = null;
        due = null;
        dueDays = null;
        load();
    }

    /** When the assignment is due, as its list shows it: its date, or its days after it reaches each person. */
    public String dueText(Assignment assignment) {
        if (assignment.getDueDays() != null) {
            return language.text("assign.dueAfterDays", assignment.getDueDays());
        }
        return assignment.getDueDate() == null
                ? ""
                : assignment
                        .getDueDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(language.getLocale()));
    }

    public void delete(Assignment assignment) {
        assignments.delete(currentUser.getPerson(), assignment.getId());
        Messages.addGlobalInfo(language.text("assign.deleted"));
        load();
    }

    /** Modules and tracks to choose from, as select values "module:id" and "track:id". */
    public List<SelectItem> getSubjects() {
        if (subjects == null) {
            subjects = new ArrayList<>();
            for (Track track : learners.tracks()) {
                subjects.add(new SelectItem(
                        "track:" + track.getId(),
                        language.text("assign.track") + ": "
                                + track.getHeading().getTitle().in(language.getLocale())));
            }
            for (TrainingModule module : learners.modules().values()) {
                subjects.add(new SelectItem(
                        "module:" + module.getId(),
                        module.getHeading().getTitle().in(language.getLocale())));
            }
        }
        return subjects;
    }

    public String subjectTitle(Assignment assignment) {
        return assignment.getTrack() != null
                ? language.text("assign.track") + ": "
                        + assignment.getTrack().getHeading().getTitle().in(language.getLocale())
                : assignment.getModule().getHeading().getTitle().in(language.getLocale());
    }

    public String targetTitle(Assignment assignment) {
        if (assignment.getUnit() != null) {
            return assignment.getUnit().getName();
        }
        if (assignment.getRole() != null) {
            return language.text("assign.everyone") + " " + language.text("role." + assignment.getRole());
        }
        return assignment.getPerson().getFullName();
    }

    public boolean isHr() {
        return currentUser.getPerson().hasRole(Role.HR);
    }

    public List<Role> getRoles() {
        return List.of(Role.EMPLOYEE, Role.SUPERVISOR);
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
