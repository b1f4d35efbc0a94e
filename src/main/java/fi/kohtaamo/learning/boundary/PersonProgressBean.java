package fi.kohtaamo.learning.boundary;

import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.LearningItem;
import fi.kohtaamo.learning.control.ShortTitles;
import fi.kohtaamo.learning.control.WorkshopRecords;
import fi.kohtaamo.learning.control.WorkshopRecords.Attendance;
import fi.kohtaamo.learning.control.WorkshopRecords.Commitment;
import fi.kohtaamo.learning.control.WorkshopRecords.Invitation;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import lombok.Getter;
import lombok.Setter;

/**
 * One person's progress, opened from a name on team progress: the modules given to them (and any they took by choice)
 * with status, due date, completion date and quiz result; the workshops they were invited to, with whether they came;
 * and their commitments and their team's. Who may open it is {@link Oversight}'s rule, as for team progress: a
 * supervisor the people of the units they oversee, HR and administrators everyone. Any other person, and an id that
 * names nobody, answers the same 403, so that an address tells nothing about which ids exist. The page only shows, so
 * the bean lives for one request.
 */
@Named
@RequestScoped
public class PersonProgressBean {

    private static final Logger LOG = Logger.getLogger(PersonProgressBean.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    People people;

    @Inject
    Learners learners;

    @Inject
    WorkshopRecords workshops;

    @Inject
    Language language;

    @Inject
    Clock clock;

    @Getter
    @Setter
    private Long personId;

    @Getter
    private Person person;

    /** The modules given to the person, soonest due first, then those they started by choice. */
    @Getter
    private List<LearningItem> modules;

    @Getter
    private List<Invitation> invitations;

    @Getter
    private Attendance attendance;

    @Getter
    private List<Commitment> commitments;

    @Getter
    private LocalDate today;

    private Map<String, String> shortTitles;
    private Set<Long> overseen;

    /**
     * Loads the person named in the address, if the viewer oversees their unit.
     *
     * @throws AccessDenied if the person is outside the viewer's oversight or there is no such person (logged)
     */
    public void load() {
        Person viewer = currentUser.getPerson();
        person = people.find(personId).orElse(null);
        if (person == null) {
            LOG.warning(() -> "Access denied: " + viewer.getUsername() + " asked for person " + personId
                    + ", who does not exist");
            throw new AccessDenied("Person " + personId + " is outside your units");
        }
        oversight.requireOversees(viewer, person.getUnit().getId());
        overseen = oversight.unitsOverseenBy(viewer);
        today = LocalDate.now(clock);
        modules = learners.itemsFor(person).stream()
                .filter(item -> item.assigned() != null || item.progress() != null)
                .toList();
        Map<String, TrainingModule> all = learners.modules();
        shortTitles = ShortTitles.of(
                learners.tracks(), all.keySet(), all, audience -> language.text("team.short." + audience));
        invitations = workshops.invitationsOf(person);
        attendance = Attendance.of(invitations);
        commitments = workshops.commitmentsOf(person);
    }

    /** The page's title: "Anna Aalto: progress". */
    public String getTitle() {
        return language.text("personProgress.title", person.getFullName());
    }

    public String title(LearningItem item) {
        return item.module().getHeading().getTitle().in(language.getLocale());
    }

    /** The module's short title, as its column on team progress is headed. */
    public String shortTitle(LearningItem item) {
        return shortTitles.get(item.module().getId());
    }

    /** The quiz result, "90 % (2 attempts)", or null when the person has not taken the quiz. */
    public String quizResult(LearningItem item) {
        var progress = item.progress();
        if (progress == null || progress.getQuizScore() == null) {
            return null;
        }
        return language.text("personProgress.quizResult", progress.getQuizScore(), progress.getQuizAttempts());
    }

    public String guideTitle(Invitation invitation) {
        return invitation.guide().in(language.getLocale());
    }

    /** Whether the viewer may open the session's page: only for a session of a unit they oversee. */
    public boolean mayOpen(Invitation invitation) {
        return overseen.contains(invitation.unitId())
                && (currentUser.hasRole("SUPERVISOR") || currentUser.hasRole("HR"));
    }

    /** "2 / 3 attended", or that the person has not been invited. */
    public String getAttendanceText() {
        return attendance.invited() == 0
                ? language.text("team.noWorkshops")
                : language.text("team.attendedOf", attendance.attended(), attendance.invited());
    }

    public boolean overdue(Commitment commitment) {
        return commitment.overdueOn(today);
    }
}
