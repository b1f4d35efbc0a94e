package fi.kohtaamo.casework.control;

import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.DetractorCase;
import fi.kohtaamo.notification.control.Outbox;
import fi.kohtaamo.notification.control.ReminderMail;
import fi.kohtaamo.notification.control.Reminders;
import fi.kohtaamo.notification.control.RemindersDue;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The mails about detractor cases, to the supervisors of the case's unit (or, where it has none, of the nearest unit
 * above it) in their language, to those who want reminders: one when a case opens, queued with it, and one when a new
 * case nears its acknowledgement deadline ({@link #WARN_BEFORE} before it, or past it), sent by the hourly reminder
 * run ({@link RemindersDue}) at most once per case and person, however many runs and nodes there are. The mails hold
 * neither the comment nor the customer's contact: those are shown only on the case page.
 */
@ApplicationScoped
public class CaseMails {

    /** How long before its acknowledgement deadline an unacknowledged case is reminded of. */
    public static final Duration WARN_BEFORE = Duration.ofHours(12);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Reminders reminders;

    @Inject
    People people;

    @Inject
    Clock clock;

    /** Queues the mail about a case just opened, in the caller's transaction. */
    void opened(DetractorCase opened) {
        for (Person supervisor : supervisors(opened.getUnit())) {
            ReminderMail mail = mail(supervisor, "case.new", opened);
            outbox.queue(supervisor.getEmail(), mail.subject(), mail.body(), null);
        }
    }

    void onDue(@Observes RemindersDue event) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<DetractorCase> near = em.createQuery(
                        "select c from DetractorCase c where c.state = :new and c.acknowledgeBy <= :until"
                                + " order by c.acknowledgeBy, c.id",
                        DetractorCase.class)
                .setParameter("new", CaseState.NEW)
                .setParameter("until", now.plus(WARN_BEFORE))
                .getResultList();
        for (DetractorCase waiting : near) {
            for (Person supervisor : supervisors(waiting.getUnit())) {
                Set<String> keys = reminders.unsent(List.of(deadlineKey(waiting, supervisor)));
                if (!keys.isEmpty()) {
                    reminders.send(supervisor, keys, event.day(), mail(supervisor, "case.deadline", waiting));
                }
            }
        }
    }

    /** The once-only key of the deadline mail about a case to one supervisor. */
    static String deadlineKey(DetractorCase waiting, Person supervisor) {
        return "case-deadline:" + waiting.getId() + ":" + supervisor.getId();
    }

    private ReminderMail mail(Person to, String kind, DetractorCase about) {
        String language = to.getPreferredLanguage();
        String by = ReminderMail.date(language, about.getAcknowledgeBy().toLocalDate()) + " "
                + about.getAcknowledgeBy().format(CLOCK);
        return ReminderMail.to(to, kind)
                .subject(about.getUnit().getName())
                .intro(about.getUnit().getName(), about.getResponse().getNps(), by)
                .link(reminders.link("/casework/case?id=" + about.getId()))
                .why("case.mail.why", about.getUnit().getName())
                .build(reminders.settingsLink());
    }

    /** Those who lead the unit, or the nearest unit above it that has a leader, who want mail. */
    private List<Person> supervisors(Unit unit) {
        for (Unit u = unit; u != null; u = u.getParent()) {
            List<Person> leaders = people.supervisorsOf(u.getId()).stream()
                    .filter(p -> p.getEmail() != null)
                    .toList();
            if (!leaders.isEmpty()) {
                return leaders.stream().filter(Reminders::wants).toList();
            }
        }
        return List.of();
    }
}
