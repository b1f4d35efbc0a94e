package fi.kohtaamo.notification.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.web.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What every reminder shares, whichever feature sends it: whether the recipient wants reminders (they can turn them
 * off on their settings page), the once-per-event keys, the links to Kohtaamo's pages, and HR's setting of how many
 * days before a due date learners are reminded. A feature observes {@link RemindersDue} and, for each mail:
 *
 * <pre>
 * Set&lt;String&gt; fresh = reminders.unsent(keys);
 * if (!fresh.isEmpty() &amp;&amp; Reminders.wants(person)) {
 *     reminders.send(person, fresh, day, mail);
 * }
 * </pre>
 */
@ApplicationScoped
public class Reminders {

    /** The setting of how many days before a module's due date its learner is reminded. */
    public static final String DAYS_BEFORE = "notification.reminderDaysBefore";

    public static final int DEFAULT_DAYS_BEFORE = 3;

    public static final int MAX_DAYS_BEFORE = 60;

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    @Inject
    SentReminders sentReminders;

    @Inject
    Settings settings;

    @Inject
    PublicAddress address;

    /** Whether the person gets reminders and digests: active, not erased, and has not turned them off. */
    public static boolean wants(Person person) {
        return person != null && person.isActive() && !person.isErased() && !person.isRemindersOff();
    }

    /** How many days before a module's due date its learner is reminded (HR's setting, 1 to 60; 3 unless set). */
    public int daysBefore() {
        int days = settings.number(DAYS_BEFORE, DEFAULT_DAYS_BEFORE);
        return days < 1 || days > MAX_DAYS_BEFORE ? DEFAULT_DAYS_BEFORE : days;
    }

    /**
     * Sets how many days before a due date learners are reminded.
     *
     * @throws IllegalArgumentException unless from 1 to {@link #MAX_DAYS_BEFORE}
     */
    public void setDaysBefore(int days) {
        if (days < 1 || days > MAX_DAYS_BEFORE) {
            throw new IllegalArgumentException("from 1 to " + MAX_DAYS_BEFORE + " days");
        }
        settings.setNumber(DAYS_BEFORE, days);
    }

    /** Those of the event keys no reminder has gone for yet. */
    public Set<String> unsent(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<String> sent = sentReminders.sent(keys);
        return keys.stream().filter(key -> !sent.contains(key)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Queues the mail to the person and records its event keys, in one transaction of its own; nothing if they do not
     * want reminders ({@link #wants}) or if another run has sent one of the keys meanwhile.
     *
     * @return whether the mail was queued
     */
    public boolean send(Person to, Collection<String> keys, LocalDate day, ReminderMail mail) {
        if (!wants(to) || keys.isEmpty()) {
            return false;
        }
        try {
            sentReminders.queue(to.getEmail(), List.copyOf(keys), day, mail);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Reminder " + keys + " was sent by another run");
            return false;
        }
    }

    /** The absolute address of a page ("/learning/my-learning") for a mail: under {@code KOHTAAMO_BASE_URL}. */
    public String link(String path) {
        return address.forMail() + path;
    }

    /** The address of the settings page, where a person turns reminders off. */
    public String settingsLink() {
        return link("/password");
    }
}
