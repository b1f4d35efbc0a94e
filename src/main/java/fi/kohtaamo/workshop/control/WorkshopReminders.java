package fi.kohtaamo.workshop.control;

import fi.kohtaamo.notification.control.ReminderMail;
import fi.kohtaamo.notification.control.ReminderRules;
import fi.kohtaamo.notification.control.Reminders;
import fi.kohtaamo.notification.control.RemindersDue;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.SessionStatus;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The workshop reminders of a day ({@link RemindersDue}), each by mail in the recipient's language, at most once per
 * event: the day before a scheduled workshop, to everyone with a seat and to those who run it (its facilitator and
 * co-facilitators); and for an open commitment
 * due within {@link ReminderRules#COMMITMENT_DAYS_BEFORE} days, and again once it is overdue, to its owner, or to every
 * active person of its unit when the whole team owns it.
 */
@ApplicationScoped
public class WorkshopReminders {

    static final String SOON = "soon";

    static final String OVERDUE = "overdue";

    private static final Logger LOG = Logger.getLogger(WorkshopReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Reminders reminders;

    @Inject
    People people;

    @Inject
    Units units;

    void onDue(@Observes RemindersDue event) {
        LocalDate day = event.day();
        for (WorkshopSession session : startingOn(day.plusDays(1))) {
            for (Person person : attendees(session)) {
                guarded(person, () -> workshopTomorrow(session, person, day));
            }
        }
        Map<Person, List<Commitment>> soon = new LinkedHashMap<>();
        Map<Person, List<Commitment>> overdue = new LinkedHashMap<>();
        for (Commitment commitment : openDueBy(day.plusDays(ReminderRules.COMMITMENT_DAYS_BEFORE))) {
            Optional<String> reminder = reminderOf(commitment, day);
            if (reminder.isPresent()) {
                Map<Person, List<Commitment>> kind = reminder.get().equals(OVERDUE) ? overdue : soon;
                for (Person person : owners(commitment)) {
                    kind.computeIfAbsent(person, p -> new ArrayList<>()).add(commitment);
                }
            }
        }
        soon.forEach((person, list) -> guarded(person, () -> commitments(person, list, SOON, day)));
        overdue.forEach((person, list) -> guarded(person, () -> commitments(person, list, OVERDUE, day)));
    }

    /**
     * The reminder an open commitment calls for on a day: {@link #SOON} from {@link
     * ReminderRules#COMMITMENT_DAYS_BEFORE} days before its due date until that date, {@link #OVERDUE} after it, and
     * none for a commitment done, dropped or without a due date.
     */
    static Optional<String> reminderOf(Commitment commitment, LocalDate day) {
        LocalDate due = commitment.getDueDate();
        if (commitment.getStatus() != Commitment.State.OPEN || due == null) {
            return Optional.empty();
        }
        if (ReminderRules.overdue(due, day)) {
            return Optional.of(OVERDUE);
        }
        return ReminderRules.dueSoon(due, day, ReminderRules.COMMITMENT_DAYS_BEFORE)
                ? Optional.of(SOON)
                : Optional.empty();
    }

    private List<WorkshopSession> startingOn(LocalDate day) {
        return em.createQuery(
                        "select s from WorkshopSession s where s.status = :scheduled"
                                + " and s.startsAt >= :from and s.startsAt < :until order by s.startsAt",
                        WorkshopSession.class)
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("from", day.atStartOfDay())
                .setParameter("until", day.plusDays(1).atStartOfDay())
                .getResultList();
    }

    private List<Commitment> openDueBy(LocalDate until) {
        return em.createQuery(
                        "select c from Commitment c where c.status = :open and c.dueDate is not null"
                                + " and c.dueDate <= :until order by c.dueDate, c.id",
                        Commitment.class)
                .setParameter("open", Commitment.State.OPEN)
                .setParameter("until", until)
                .getResultList();
    }

    /** The invitees, the facilitator and the co-facilitators, each once, who want reminders. */
    private List<Person> attendees(WorkshopSession session) {
        Set<Long> ids = new LinkedHashSet<>();
        session.getInvitees().stream().map(Invitee::getPersonId).forEach(ids::add);
        List<Person> invited = ids.isEmpty()
                ? new ArrayList<>()
                : new ArrayList<>(em.createQuery("select p from Person p where p.id in :ids", Person.class)
                        .setParameter("ids", ids)
                        .getResultList());
        for (Person runner : runners(session)) {
            if (ids.add(runner.getId())) {
                invited.add(runner);
            }
        }
        return invited.stream().filter(Reminders::wants).toList();
    }

    private static List<Person> runners(WorkshopSession session) {
        List<Person> runners = new ArrayList<>();
        runners.add(session.getFacilitator());
        runners.addAll(session.getCoFacilitators());
        return runners;
    }

    /** Its owner, or every active person of its unit and the units below when the team owns it. */
    private List<Person> owners(Commitment commitment) {
        List<Person> owners = commitment.getOwner() != null
                ? List.of(commitment.getOwner())
                : people.inUnits(
                        units.withDescendants(List.of(commitment.getUnit().getId())));
        return owners.stream().filter(Reminders::wants).toList();
    }

    private void workshopTomorrow(WorkshopSession session, Person person, LocalDate day) {
        String key = "workshop-tomorrow:" + session.getId() + ":" + person.getId() + ":"
                + session.getStartsAt().toLocalDate();
        if (reminders.unsent(List.of(key)).isEmpty()) {
            return;
        }
        boolean facilitator = runners(session).stream().anyMatch(p -> p.getId().equals(person.getId()));
        ReminderMail.Builder mail = ReminderMail.to(person, "reminder.workshop");
        String language = mail.language();
        String title = session.getGuide().getHeading().getTitle().in(language) + " – "
                + session.getUnit().getName();
        // In the recipient's own time zone, if they chose one, as their pages show it.
        String time = session.getStartsAt()
                .atZone(OrganisationZone.ZONE)
                .withZoneSameInstant(person.timeZone().orElse(OrganisationZone.ZONE))
                .toLocalTime()
                .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(ReminderMail.locale(language)));
        String where = session.getWhere() != null ? session.getWhere() : "–";
        mail.subject(title)
                .intro(title, time, where)
                .link(reminders.link(facilitator ? "/workshop/session?id=" + session.getId() : "/home/employee"))
                .why(facilitator ? "reminder.workshop.why.facilitator" : "reminder.workshop.why.invitee");
        reminders.send(person, List.of(key), day, mail.build(reminders.settingsLink()));
    }

    /** One mail to a person of their commitments due soon (or overdue) not reminded of yet. */
    private void commitments(Person person, List<Commitment> commitments, String kind, LocalDate day) {
        Map<String, Commitment> byKey = new LinkedHashMap<>();
        for (Commitment commitment : commitments) {
            byKey.put(
                    "commitment-" + kind + ":" + commitment.getId() + ":" + person.getId() + ":"
                            + commitment.getDueDate(),
                    commitment);
        }
        Set<String> fresh = reminders.unsent(byKey.keySet());
        if (fresh.isEmpty()) {
            return;
        }
        String texts = SOON.equals(kind) ? "reminder.commitmentSoon" : "reminder.commitmentOverdue";
        ReminderMail.Builder mail = ReminderMail.to(person, texts);
        String language = mail.language();
        boolean team = false;
        for (String key : fresh) {
            Commitment commitment = byKey.get(key);
            team |= commitment.getOwner() == null;
            mail.line(ReminderMail.text(
                    language,
                    "reminder.line.due",
                    commitment.getWhat(),
                    ReminderMail.date(language, commitment.getDueDate())));
        }
        Commitment first = byKey.get(fresh.iterator().next());
        mail.subject(first.getWhat(), fresh.size() - 1)
                .link(reminders.link("/home/employee"))
                .why(team ? "reminder.commitment.why.team" : "reminder.commitment.why.owner");
        reminders.send(person, fresh, day, mail.build(reminders.settingsLink()));
    }

    /** One person's reminders failing stops nobody else's. */
    private static void guarded(Person person, Runnable reminders) {
        try {
            reminders.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Workshop reminders for person " + person.getId() + " not sent", e);
        }
    }
}
