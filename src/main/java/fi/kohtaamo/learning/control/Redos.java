package fi.kohtaamo.learning.control;

import fi.kohtaamo.learning.entity.ModuleVersion;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.notification.control.Outbox;
import fi.kohtaamo.notification.control.ReminderMail;
import fi.kohtaamo.notification.control.Reminders;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who completed which version of a module, and HR's request that the people who completed an earlier major version
 * redo it: each of them gets a new progress on the current version, from the first step (their completion stays, as
 * history, and still counts in the insight figures), and a mail through the outbox; the request is written to the
 * audit log, all in one transaction.
 *
 * <p>Usage: {@code int asked = redos.ask(hr, "no-bouncing");}
 */
@ApplicationScoped
public class Redos {

    @PersistenceContext
    EntityManager em;

    @Inject
    Oversight oversight;

    @Inject
    Outbox outbox;

    @Inject
    Reminders reminders;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One active person's standing in a module: the progress that counts for them, on its version. */
    public record Standing(Person person, Progress progress) {

        public ModuleVersion version() {
            return progress.getModuleVersion();
        }
    }

    /**
     * The progress that counts for each active person who has started the module (a redo over the completion it
     * redoes), by name.
     */
    public List<Standing> standings(String moduleId) {
        Map<Long, Progress> counting = new HashMap<>();
        for (Progress progress : em.createNamedQuery("Progress.ofModule", Progress.class)
                .setParameter("module", moduleId)
                .getResultList()) {
            counting.merge(progress.getPersonId(), progress, Progresses::later);
        }
        return counting.values().stream()
                .filter(progress -> progress.getPerson().isActive())
                .map(progress -> new Standing(progress.getPerson(), progress))
                .sorted(Comparator.comparing((Standing s) -> s.person().getLastName())
                        .thenComparing(s -> s.person().getFirstName())
                        .thenComparing(s -> s.person().getId()))
                .toList();
    }

    /** The active people whose completion that counts is on a major version earlier than the module's current one. */
    public List<Standing> olderMajor(String moduleId) {
        TrainingModule module = em.find(TrainingModule.class, moduleId);
        if (module == null || module.getCurrentVersion() == null) {
            return List.of();
        }
        int major = module.getCurrentVersion().getMajor();
        return standings(moduleId).stream()
                .filter(s -> s.progress().isCompleted() && s.version().getMajor() < major)
                .toList();
    }

    /**
     * Asks everyone who completed an earlier major version of the module to redo it ({@link #olderMajor}), mails them
     * and writes the request to the audit log.
     *
     * @return how many people were asked
     * @throws fi.kohtaamo.platform.security.AccessDenied unless the asker is HR or an administrator
     * @throws IllegalArgumentException if there is no such module
     */
    @Transactional
    public int ask(Person asker, String moduleId) {
        oversight.requireOverseesAll(asker);
        TrainingModule module = em.find(TrainingModule.class, moduleId);
        if (module == null || !module.isActive()) {
            throw new IllegalArgumentException("No such module: " + moduleId);
        }
        ModuleVersion current = module.getCurrentVersion();
        List<Standing> asked = olderMajor(moduleId);
        LocalDateTime now = LocalDateTime.now(clock);
        for (Standing standing : asked) {
            em.persist(Progress.redo(standing.progress(), current, asker, now));
            mail(standing, module, current);
        }
        audit.record(
                AuditAction.MODULE_REDO_ASKED,
                AuditTarget.of(
                        "module", moduleId, module.getHeading().getTitle().in("en")),
                "version " + current.getLabel() + " (" + current.getNumber() + "): " + asked.size() + " people asked");
        return asked.size();
    }

    private void mail(Standing standing, TrainingModule module, ModuleVersion current) {
        Person person = standing.person();
        if (person.getEmail() == null || person.getEmail().isBlank() || person.isErased()) {
            return;
        }
        ReminderMail.Builder mail = ReminderMail.to(person, "curriculum.redo");
        String title = module.getHeading().getTitle().in(mail.language());
        ReminderMail built = mail.subject(title)
                .intro(title, standing.version().getLabel(), current.getLabel())
                .link(reminders.link("/learning/module?id=" + module.getId()))
                .why("curriculum.redo.why")
                .build(reminders.settingsLink());
        outbox.queue(person.getEmail(), built.subject(), built.body(), null);
    }
}
