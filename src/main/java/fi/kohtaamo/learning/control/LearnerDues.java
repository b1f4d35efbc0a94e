package fi.kohtaamo.learning.control;

import fi.kohtaamo.learning.entity.Assignment;
import fi.kohtaamo.notification.control.ReminderRules;
import fi.kohtaamo.organisation.entity.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one learner has still to complete, as reminders see it: each module of the assignments that reach them (tracks
 * expanded), with the day the assignment reached them and their own due date ({@link Assignment#dueFor}), so that
 * someone who joined a unit yesterday is not overdue on its relative assignments. Plain data, so that the date rules
 * are tested without a container.
 */
record LearnerDues(Person person, List<Due> dues) {

    /** One module to complete, through one assignment. */
    record Due(Assignment assignment, String moduleId, LocalDate reached, LocalDate due) {}

    /**
     * The modules of these assignments the person has not completed, among the active ones.
     *
     * @param completed the ids of the modules the person has completed
     * @param active the ids of the modules that are still taught
     */
    static LearnerDues of(Person person, List<Assignment> reaching, Set<String> completed, Set<String> active) {
        List<Due> dues = new ArrayList<>();
        for (Assignment assignment : reaching) {
            List<String> modules = assignment.getModule() != null
                    ? List.of(assignment.getModule().getId())
                    : assignment.getTrack().getModuleIds();
            for (String moduleId : modules) {
                if (active.contains(moduleId) && !completed.contains(moduleId)) {
                    dues.add(new Due(assignment, moduleId, reachedOn(assignment, person), assignment.dueFor(person)));
                }
            }
        }
        return new LearnerDues(person, dues);
    }

    /**
     * The day an assignment reached a person: the day it was given, or the day they joined its unit (a unit's
     * assignment) or were created (a role's or their own), if that was later. The rule of {@link Assignment#dueFor}.
     */
    static LocalDate reachedOn(Assignment assignment, Person person) {
        LocalDate given = assignment.getCreatedAt().toLocalDate();
        LocalDateTime joined = assignment.getUnit() != null ? person.getUnitSince() : person.getCreatedAt();
        return joined == null || joined.toLocalDate().isBefore(given) ? given : joined.toLocalDate();
    }

    /** The assignments that reached the person lately, with their modules still to do: news to mail them. */
    Map<Assignment, List<Due>> news(LocalDate day) {
        Map<Assignment, List<Due>> news = new LinkedHashMap<>();
        for (Due due : dues) {
            if (ReminderRules.news(due.reached(), day)) {
                news.computeIfAbsent(due.assignment(), a -> new ArrayList<>()).add(due);
            }
        }
        return news;
    }

    /** The modules due within {@code daysBefore} days (each once, by its earliest due date). */
    List<Due> dueSoon(LocalDate day, int daysBefore) {
        return earliest().stream()
                .filter(due -> ReminderRules.dueSoon(due.due(), day, daysBefore))
                .toList();
    }

    /** The modules past their due date (each once, by its earliest due date). */
    List<Due> overdue(LocalDate day) {
        return earliest().stream()
                .filter(due -> ReminderRules.overdue(due.due(), day))
                .toList();
    }

    /** One entry per module: the one due soonest, as the learner's own page shows it. */
    private Collection<Due> earliest() {
        Map<String, Due> byModule = new LinkedHashMap<>();
        for (Due due : dues) {
            byModule.merge(due.moduleId(), due, (a, b) -> sooner(a.due(), b.due()) ? a : b);
        }
        return byModule.values();
    }

    private static boolean sooner(LocalDate a, LocalDate b) {
        return a != null && (b == null || !b.isBefore(a));
    }
}
