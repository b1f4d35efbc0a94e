package fi.kohtaamo.home.control;

import fi.kohtaamo.notification.control.ReminderMail;
import fi.kohtaamo.notification.control.ReminderRules;
import fi.kohtaamo.notification.control.Reminders;
import fi.kohtaamo.notification.control.RemindersDue;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The weekly digest to each supervisor: for every unit they lead, the cockpit's headline figures (last month's NPS with
 * its margin and n, the staff track's completion and who is overdue, the next workshop, open and overdue commitments)
 * and its one recommended next step, with a link to the cockpit. It goes on the first reminder run of each ISO week
 * (its key, "supervisor-digest:person:week", makes it once a week however often the job runs) to supervisors who have
 * not turned reminders off.
 */
@ApplicationScoped
public class SupervisorDigest {

    private static final Logger LOG = Logger.getLogger(SupervisorDigest.class.getName());

    static final String KIND = "reminder.supervisorDigest";

    @PersistenceContext
    EntityManager em;

    @Inject
    Reminders reminders;

    @Inject
    Cockpits cockpits;

    @Inject
    Oversight oversight;

    void onDue(@Observes RemindersDue event) {
        LocalDate day = event.day();
        for (Person supervisor : em.createQuery(
                        "select p from Person p where p.active = true order by p.id", Person.class)
                .getResultList()) {
            if (supervisor.hasRole(Role.SUPERVISOR) && Reminders.wants(supervisor)) {
                try {
                    send(supervisor, day);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Weekly digest for person " + supervisor.getId() + " not sent", e);
                }
            }
        }
    }

    private void send(Person supervisor, LocalDate day) {
        String key = ReminderRules.weeklyKey("supervisor-digest", supervisor.getId(), day);
        List<Unit> led = supervisor.getSupervisedUnits().stream()
                .filter(Unit::isActive)
                .sorted(Comparator.comparing(Unit::getName))
                .toList();
        if (led.isEmpty() || reminders.unsent(List.of(key)).isEmpty()) {
            return;
        }
        ReminderMail.Builder mail = ReminderMail.to(supervisor, KIND);
        String language = mail.language();
        for (Unit unit : led) {
            Cockpit cockpit = cockpits.of(supervisor, oversight.scope(supervisor, unit.getId()));
            headlines(cockpit, language).forEach(mail::line);
        }
        String link = led.size() == 1 ? "/home/supervisor?unit=" + led.get(0).getId() : "/home/supervisor";
        mail.subject(led.size()).intro(led.size()).link(reminders.link(link)).why(KIND + ".why");
        reminders.send(supervisor, List.of(key), day, mail.build(reminders.settingsLink()));
    }

    /** The unit's figures as the digest lists them: one line each, the next step last. */
    static List<String> headlines(Cockpit cockpit, String language) {
        Cockpit.Texts texts = (key, arguments) -> ReminderMail.text(language, key, arguments);
        List<String> lines = new ArrayList<>();
        String unit = cockpit.unit().getName();
        Cockpit.Nps nps = cockpit.nps();
        String month =
                nps.month().atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", ReminderMail.locale(language)));
        if (!nps.last().chartable()) {
            lines.add(texts.text(KIND + ".npsTooFew", unit, nps.last().total(), month));
        } else {
            String line = texts.text(
                    KIND + ".nps",
                    unit,
                    Math.round(nps.last().nps()),
                    Math.round(nps.last().margin()),
                    nps.last().total(),
                    month);
            Integer change = nps.getChange();
            lines.add(
                    change == null ? line : line + " " + texts.text(KIND + ".npsChange", String.format("%+d", change)));
        }
        Cockpit.StaffTrack staff = cockpit.staffTrack();
        lines.add(texts.text(
                KIND + ".staff",
                unit,
                staff.getPercent() == null ? 0 : staff.getPercent(),
                staff.overdue().stream().map(o -> o.person().getId()).distinct().count()));
        WorkshopSession next = cockpit.workshop().next();
        lines.add(
                next == null
                        ? texts.text(KIND + ".noWorkshop", unit)
                        : texts.text(
                                KIND + ".workshop",
                                unit,
                                next.getStartsAt()
                                        .format(DateTimeFormatter.ofLocalizedDateTime(
                                                        FormatStyle.MEDIUM, FormatStyle.SHORT)
                                                .withLocale(ReminderMail.locale(language))),
                                next.getGuide().getHeading().getTitle().in(language),
                                next.getInvitees().size()));
        lines.add(texts.text(
                KIND + ".commitments",
                unit,
                cockpit.commitments().open(),
                cockpit.commitments().overdue().size()));
        lines.add(texts.text(KIND + ".next", unit, cockpit.nextStepText(ReminderMail.locale(language), texts)));
        return lines;
    }
}
