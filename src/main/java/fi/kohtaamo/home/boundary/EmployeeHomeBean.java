package fi.kohtaamo.home.boundary;

import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.LearningItem;
import fi.kohtaamo.learning.entity.Status;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.Getter;

/**
 * The employee's home: who they are and who leads them, the pulse survey when a round is open for them, the workshops
 * they are invited to with what to complete first, their modules by track (from {@code MyLearningBean}) and their own
 * and their team's commitments (from {@code MyCommitmentsBean}). Everything is read on first use, once per request.
 */
@Named
@RequestScoped
public class EmployeeHomeBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    Sessions sessions;

    @Inject
    Learners learners;

    @Inject
    Pulses pulses;

    @Inject
    Language language;

    @Inject
    Clock clock;

    /** A workshop the employee is invited to, with what they should complete before it. */
    public record Upcoming(WorkshopSession session, String title, boolean fromGuide, List<LearningItem> first) {}

    /** Region › unit › team, from the top down, without the organisation itself. */
    @Getter(lazy = true)
    private final String unitPath = Units.pathName(getPerson().getUnit());

    /** The people who lead the employee's unit, or the unit above it when the employee works in a team. */
    @Getter(lazy = true)
    private final String supervisors = supervisors();

    /** The scheduled workshops the employee is invited to, soonest first. */
    @Getter(lazy = true)
    private final List<Upcoming> workshops = workshops();

    /** The pulse round open for the employee that they have not answered yet, or {@code null}. */
    @Getter(lazy = true)
    private final PulseRound pulse = pulses.openFor(getPerson(), LocalDate.now(clock)).stream()
            .findFirst()
            .orElse(null);

    public Person getPerson() {
        return currentUser.getPerson();
    }

    private String supervisors() {
        for (Unit unit = getPerson().getUnit(); unit != null; unit = unit.getParent()) {
            List<Person> leaders = people.supervisorsOf(unit.getId()).stream()
                    .filter(Person::isActive)
                    .filter(p -> !p.equals(getPerson()))
                    .toList();
            if (!leaders.isEmpty()) {
                return leaders.stream().map(Person::getFullName).collect(Collectors.joining(", "));
            }
        }
        return "";
    }

    private List<Upcoming> workshops() {
        List<WorkshopSession> upcoming = sessions.upcomingFor(getPerson());
        if (upcoming.isEmpty()) {
            return List.of();
        }
        List<LearningItem> items = learners.itemsFor(getPerson());
        return upcoming.stream()
                .map(session -> {
                    List<String> prework = sessions.preworkOf(session.getGuide());
                    return new Upcoming(
                            session,
                            session.getGuide().getHeading().getTitle().in(language.getLocale()),
                            !prework.isEmpty(),
                            firstSteps(prework, items, session.getStartsAt().toLocalDate()));
                })
                .toList();
    }

    /**
     * What to complete before a workshop on {@code day}: the guide's pre-work modules in the guide's order (done or
     * not, so the reader sees what is done), or, when the guide names none, the assigned modules not yet completed
     * that are due by that day.
     */
    static List<LearningItem> firstSteps(List<String> prework, List<LearningItem> items, LocalDate day) {
        if (!prework.isEmpty()) {
            Map<String, LearningItem> byModule = new LinkedHashMap<>();
            items.forEach(i -> byModule.putIfAbsent(i.module().getId(), i));
            return prework.stream().map(byModule::get).filter(Objects::nonNull).toList();
        }
        return items.stream()
                .filter(i -> i.assigned() != null
                        && i.getDue() != null
                        && !i.getDue().isAfter(day))
                .filter(i -> i.status() != Status.COMPLETED)
                .toList();
    }
}
