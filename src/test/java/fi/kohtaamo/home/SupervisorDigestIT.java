package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.SmtpSink;
import fi.kohtaamo.SmtpSink.Mail;
import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.learning.control.Assignments;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.notification.control.MailDelivery;
import fi.kohtaamo.notification.control.ReminderJob;
import fi.kohtaamo.notification.control.Reminders;
import fi.kohtaamo.notification.entity.OutboxMail;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The weekly digest reaches each supervisor once a week, in their language, with their unit's headline figures from the
 * cockpit, its next step and the link to the cockpit. The job runs for everyone in the shared database, so the test
 * reads only the mails to its own supervisors.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisorDigestIT {

    @Inject
    TestOrganisation made;

    @Inject
    People people;

    @Inject
    Assignments assignments;

    @Inject
    Learners learners;

    @Inject
    Sessions sessions;

    @Inject
    ReminderJob job;

    @Inject
    Reminders reminders;

    @Inject
    MailDelivery delivery;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Test
    void eachSupervisorGetsTheirUnitsFiguresAndNextStepOnceAWeekInTheirLanguage() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Unit unit = made.unit();
        Person english = made.person(unit, Set.of(unit), Role.EMPLOYEE);
        people.setPreferredLanguage(english.getId(), "en");
        Person late = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person hr = made.person(made.unit(), Set.of(), Role.HR);
        String staffModule = learners.tracks().stream()
                .filter(t -> t.getId().equals("staff"))
                .findFirst()
                .orElseThrow()
                .getModuleIds()
                .get(0);
        TrainingModule module = learners.modules().get(staffModule);
        assignments.create(
                hr, new Assignments.Request(module.getId(), null, null, null, late.getId(), today.minusDays(3), null));
        WorkshopGuide guide = sessions.guides().get(0);
        sessions.schedule(
                english,
                new Sessions.Request(
                        unit.getId(),
                        guide.getId(),
                        today.plusDays(6).atTime(14, 30),
                        60,
                        "Neuvotteluhuone",
                        null,
                        Set.of(late.getId()),
                        null),
                Locale.UK);
        Unit other = made.unit();
        Person finnish = made.person(other, Set.of(other), Role.EMPLOYEE);

        job.run(today);
        job.run(today);
        List<String> ours = List.of(english.getEmail(), finnish.getEmail());
        assertThat(digestsTo(ours))
                .as("one digest each, however often the job runs")
                .hasSize(2);

        try (SmtpSink mail = SmtpSink.startOnMailPort()) {
            mail.awaitDelivery(
                    "the digests delivered",
                    delivery::deliverPending,
                    () -> ours.stream().allMatch(to -> !mail.to(to).isEmpty()));
            Mail digest = digest(mail, english, "Your week in Kohtaamo: your unit at a glance");
            assertThat(digest.body())
                    .contains("Hello Testi,")
                    .contains(unit.getName() + ": too few customer answers in ")
                    .contains(unit.getName() + ": 0 % of the staff track completed, one person overdue")
                    .contains(unit.getName() + ": next workshop ")
                    .contains(guide.getHeading().getTitle().in("en") + ", one person invited")
                    .contains(unit.getName() + ": no open commitments, none overdue")
                    .contains(unit.getName() + ": next step: ")
                    .contains("modules of your supervisor track are left")
                    .contains(reminders.link("/home/supervisor?unit=" + unit.getId()))
                    .contains("once a week because you lead a unit")
                    .contains(reminders.link("/password"));
            assertThat(digest(mail, finnish, "Viikkosi Kohtaamossa: yksikkösi yhdellä silmäyksellä")
                            .body())
                    .contains(other.getName() + ": työpajaa ei ole aikataulutettu")
                    .contains(other.getName() + ": seuraava askel: ")
                    .contains(reminders.link("/home/supervisor?unit=" + other.getId()));
        }
    }

    private List<OutboxMail> digestsTo(List<String> recipients) {
        return em.createQuery(
                        "select m from OutboxMail m where m.recipient in :to and (m.subject like 'Your week%'"
                                + " or m.subject like 'Viikkosi%')",
                        OutboxMail.class)
                .setParameter("to", recipients)
                .getResultList();
    }

    private static Mail digest(SmtpSink mail, Person to, String subject) {
        List<Mail> found = mail.to(to.getEmail()).stream()
                .filter(m -> m.subject().equals(subject))
                .toList();
        assertThat(found)
                .as(
                        "digests to %s among %s",
                        to.getEmail(),
                        mail.to(to.getEmail()).stream().map(Mail::subject).toList())
                .hasSize(1);
        return found.get(0);
    }
}
