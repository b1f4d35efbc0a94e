package fi.kohtaamo.learning.control;

import fi.kohtaamo.learning.control.LearnerDues.Due;
import fi.kohtaamo.learning.entity.Assignment;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.notification.control.ReminderMail;
import fi.kohtaamo.notification.control.ReminderRules;
import fi.kohtaamo.notification.control.Reminders;
import fi.kohtaamo.notification.control.RemindersDue;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The learning reminders of a day ({@link RemindersDue}), each by mail to the learner in their language, at most once
 * per event: a digest of the assignments that reached them lately (at most one a day, however many arrive), a
 * reminder of the modules due within HR's number of days, one of the modules past their due date, and to each
 * supervisor a weekly digest of their staff's overdue modules. Due dates are each person's own ({@link
 * Assignment#dueFor}), so an assignment due 14 days after it reaches someone is never overdue for a newcomer.
 */
@ApplicationScoped
public class LearningReminders {

    private static final Logger LOG = Logger.getLogger(LearningReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Assignments assignments;

    @Inject
    Progresses progresses;

    @Inject
    Learners learners;

    @Inject
    Oversight oversight;

    @Inject
    Reminders reminders;

    void onDue(@Observes RemindersDue event) {
        LocalDate day = event.day();
        List<Person> people = em.createQuery("select p from Person p where p.active = true order by p.id", Person.class)
                .getResultList();
        Map<String, TrainingModule> modules = learners.modules();
        Map<Long, List<Assignment>> reaching = assignments.reaching(people);
        Map<Long, Map<String, Progress>> progress =
                progresses.latestByPerson(people.stream().map(Person::getId).toList());
        Map<Long, LearnerDues> dues = new LinkedHashMap<>();
        for (Person person : people) {
            Set<String> completed = progress.getOrDefault(person.getId(), Map.of()).entrySet().stream()
                    .filter(entry -> entry.getValue().isCompleted())
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            dues.put(
                    person.getId(),
                    LearnerDues.of(
                            person, reaching.getOrDefault(person.getId(), List.of()), completed, modules.keySet()));
        }
        for (LearnerDues learner : dues.values()) {
            if (Reminders.wants(learner.person())) {
                guarded(learner.person(), () -> {
                    assigned(learner, day, modules);
                    dueSoon(learner, day, event.daysBefore(), modules);
                    overdue(learner, day, modules);
                });
            }
        }
        for (Person supervisor : people) {
            if (!supervisor.getSupervisedUnits().isEmpty() && Reminders.wants(supervisor)) {
                guarded(supervisor, () -> teamOverdue(supervisor, people, dues, day, modules));
            }
        }
    }

    /** The digest of new assignments: one key per assignment, and one per day so that a second digest waits. */
    private void assigned(LearnerDues learner, LocalDate day, Map<String, TrainingModule> modules) {
        Map<Assignment, List<Due>> news = learner.news(day);
        if (news.isEmpty()) {
            return;
        }
        long personId = learner.person().getId();
        String dayKey = ReminderRules.dailyKey("assigned-digest", personId, day);
        Map<String, List<Due>> byKey = new LinkedHashMap<>();
        news.forEach((assignment, list) -> byKey.put("assigned:" + assignment.getId() + ":" + personId, list));
        Set<String> fresh = reminders.unsent(concat(byKey.keySet(), dayKey));
        if (!fresh.remove(dayKey) || fresh.isEmpty()) {
            return;
        }
        ReminderMail.Builder mail = ReminderMail.to(learner.person(), "reminder.assigned");
        Set<String> listed = new LinkedHashSet<>();
        for (String key : fresh) {
            for (Due due : byKey.get(key)) {
                if (listed.add(due.moduleId())) {
                    mail.line(line(mail.language(), modules.get(due.moduleId()), due.due()));
                }
            }
        }
        mail.subject(listed.size()).link(moduleLink(listed)).why("reminder.assigned.why");
        reminders.send(learner.person(), concat(fresh, dayKey), day, mail.build(reminders.settingsLink()));
    }

    private void dueSoon(LearnerDues learner, LocalDate day, int daysBefore, Map<String, TrainingModule> modules) {
        remind(learner, learner.dueSoon(day, daysBefore), "due-soon", "reminder.dueSoon", day, modules, daysBefore);
    }

    private void overdue(LearnerDues learner, LocalDate day, Map<String, TrainingModule> modules) {
        remind(learner, learner.overdue(day), "overdue", "reminder.overdue", day, modules, 0);
    }

    /** One mail for those of the modules not yet reminded of, each by its key "kind:person:module:due date". */
    private void remind(
            LearnerDues learner,
            List<Due> dues,
            String kind,
            String texts,
            LocalDate day,
            Map<String, TrainingModule> modules,
            int days) {
        Map<String, Due> byKey = new LinkedHashMap<>();
        for (Due due : dues) {
            byKey.put(kind + ":" + learner.person().getId() + ":" + due.moduleId() + ":" + due.due(), due);
        }
        Set<String> fresh = reminders.unsent(byKey.keySet());
        if (fresh.isEmpty()) {
            return;
        }
        ReminderMail.Builder mail = ReminderMail.to(learner.person(), texts);
        Set<String> listed = new LinkedHashSet<>();
        for (String key : fresh) {
            Due due = byKey.get(key);
            listed.add(due.moduleId());
            mail.line(line(mail.language(), modules.get(due.moduleId()), due.due()));
        }
        String first = title(
                mail.language(), modules.get(byKey.get(fresh.iterator().next()).moduleId()));
        mail.subject(first, listed.size() - 1).link(moduleLink(listed)).why(texts + ".why", days);
        reminders.send(learner.person(), fresh, day, mail.build(reminders.settingsLink()));
    }

    /** The weekly digest to a supervisor of the overdue modules of the people in the units they lead. */
    private void teamOverdue(
            Person supervisor,
            List<Person> people,
            Map<Long, LearnerDues> dues,
            LocalDate day,
            Map<String, TrainingModule> modules) {
        Set<Long> led = oversight.ledBy(supervisor);
        String language = supervisor.getPreferredLanguage();
        List<String> lines = new ArrayList<>();
        for (Person person : people) {
            if (!person.equals(supervisor) && led.contains(person.getUnit().getId())) {
                for (Due due : dues.get(person.getId()).overdue(day)) {
                    lines.add(person.getFullName() + ": " + line(language, modules.get(due.moduleId()), due.due()));
                }
            }
        }
        String key = ReminderRules.weeklyKey("team-overdue", supervisor.getId(), day);
        if (lines.isEmpty() || reminders.unsent(List.of(key)).isEmpty()) {
            return;
        }
        ReminderMail.Builder mail = ReminderMail.to(supervisor, "reminder.teamOverdue");
        lines.forEach(mail::line);
        mail.subject(lines.size())
                .link(reminders.link("/learning/team-progress?status=OVERDUE"))
                .why("reminder.teamOverdue.why");
        reminders.send(supervisor, List.of(key), day, mail.build(reminders.settingsLink()));
    }

    private String moduleLink(Set<String> moduleIds) {
        return moduleIds.size() == 1
                ? reminders.link("/learning/module?id=" + moduleIds.iterator().next())
                : reminders.link("/learning/my-learning");
    }

    private static String line(String language, TrainingModule module, LocalDate due) {
        return due == null
                ? title(language, module)
                : ReminderMail.text(
                        language, "reminder.line.due", title(language, module), ReminderMail.date(language, due));
    }

    private static String title(String language, TrainingModule module) {
        return module.getHeading().getTitle().in(language);
    }

    private static Set<String> concat(Collection<String> keys, String key) {
        Set<String> all = new LinkedHashSet<>(keys);
        all.add(key);
        return all;
    }

    /** One person's reminders failing (a module removed meanwhile, say) stops nobody else's. */
    private static void guarded(Person person, Runnable reminders) {
        try {
            reminders.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders for person " + person.getId() + " not sent", e);
        }
    }
}
