package fi.kohtaamo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.SmtpSink;
import fi.kohtaamo.SmtpSink.Mail;
import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
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
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders inside a running Kohtaamo, received by a mail server: each kind reaches the right person in their
 * language (Finnish and English here), says why and links to its page; a newcomer with a relative due date is not
 * overdue; a second run of the job sends nothing; someone who turned reminders off on their settings page gets none
 * but still their workshop invitation. The job runs for every person in the shared database, so each assertion looks
 * only at this test's people.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

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

    @ArquillianResource
    URL base;

    @Test
    void eachKindArrivesOnceInTheRecipientsLanguageWithItsLink() throws Exception {
        LocalDate today = LocalDate.now(clock);
        reminders.setDaysBefore(3);
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.HR);
        Person finn = made.person(unit, Set.of());
        Person english = made.person(unit, Set.of());
        people.setPreferredLanguage(english.getId(), "en");
        Person newcomer = made.person(unit, Set.of());
        Person optedOut = made.person(unit, Set.of());
        turnRemindersOffOnTheSettingsPage(optedOut);
        Person coFacilitator = made.person(unit, Set.of(unit), Role.SUPERVISOR);

        List<TrainingModule> modules = List.copyOf(learners.modules().values());
        TrainingModule a = modules.get(0);
        TrainingModule b = modules.get(1);
        assign(supervisor, a, finn, today.minusDays(2));
        assign(supervisor, a, english, today.plusDays(2));
        assign(supervisor, a, optedOut, today.minusDays(2));
        assignments.create(supervisor, new Assignments.Request(b.getId(), null, unit.getId(), null, null, null, 14));

        WorkshopGuide guide = sessions.guides().get(0);
        WorkshopSession session = sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(),
                        guide.getId(),
                        today.plusDays(1).atTime(10, 0),
                        60,
                        "Neuvotteluhuone",
                        null,
                        Set.of(finn.getId(), english.getId(), optedOut.getId()),
                        null,
                        null,
                        false,
                        Set.of(coFacilitator.getId()),
                        null,
                        null,
                        null,
                        Set.of()),
                Locale.forLanguageTag("fi"));
        String owned = "Asks every customer for a rating " + unit.getCode();
        String shared = "Kiitämme jokaista asiakasta " + unit.getCode();
        sessions.commit(
                supervisor,
                session.getId(),
                new Sessions.NewCommitment(owned, english.getId(), today.plusDays(2), null, null));
        sessions.commit(
                supervisor, session.getId(), new Sessions.NewCommitment(shared, null, today.minusDays(1), null, null));

        List<String> ours = List.of(supervisor, finn, english, newcomer, optedOut, coFacilitator).stream()
                .map(Person::getEmail)
                .toList();
        job.run(today);
        List<OutboxMail> queued = mailsTo(ours);
        assertThat(queued).as("queued, and kept while no mail server answers").isNotEmpty();
        assertThat(queued).allMatch(mail -> mail.getSentAt() == null);

        job.run(today);
        assignments.create(
                supervisor,
                new Assignments.Request(modules.get(2).getId(), null, null, null, finn.getId(), null, null));
        job.run(today);
        assertThat(mailsTo(ours))
                .as("a second run sends nothing new, and a new assignment waits for tomorrow's digest")
                .hasSameSizeAs(queued);

        try (SmtpSink mail = SmtpSink.startOnMailPort()) {
            mail.awaitDelivery(
                    "every reminder delivered",
                    delivery::deliverPending,
                    () -> ours.stream().mapToInt(to -> mail.to(to).size()).sum() >= queued.size());
            String fi = "fi";
            String en = "en";

            Mail assigned = one(mail, finn, "Uutta opittavaa Kohtaamossa:");
            assertThat(assigned.body())
                    .contains("Hei Testi,", title(a, fi), title(b, fi))
                    .contains(reminders.link("/learning/my-learning"))
                    .contains("enintään yhteen viestiin päivässä", reminders.link("/password"));
            assertThat(mail.to(finn.getEmail()))
                    .filteredOn(m -> m.subject().startsWith("Uutta opittavaa"))
                    .as("one digest a day")
                    .hasSize(1);
            assertThat(one(mail, finn, "Myöhässä:").body())
                    .contains(title(a, fi), "määräpäivä on mennyt", reminders.link("/learning/"));
            assertThat(one(mail, finn, "Huomenna: " + title(guide, fi)).body())
                    .contains("huomenna kello 10.00", "Neuvotteluhuone", reminders.link("/home/employee"))
                    .contains("sinut on kutsuttu");
            assertThat(one(mail, coFacilitator, "Huomenna: " + title(guide, fi)).body())
                    .as("a co-facilitator is reminded as one who runs the workshop, with its page")
                    .contains("huomenna kello 10.00", "vedät työpajan")
                    .contains(reminders.link("/workshop/session?id=" + session.getId()));
            assertThat(one(mail, finn, "Sitoumus myöhässä: " + shared).body())
                    .contains("koko tiimisi", reminders.link("/home/employee"));

            assertThat(one(mail, english, "New learning for you in Kohtaamo:").body())
                    .contains("Hello Testi,", title(a, en), title(b, en), "at most one mail a day");
            assertThat(one(mail, english, "Due soon:").body())
                    .contains(title(a, en) + " (due ", "3 days before a module is due", reminders.link("/learning/"));
            assertThat(one(mail, english, "Tomorrow: " + title(guide, en)).body())
                    .contains("you are invited", reminders.link("/home/employee"));
            assertThat(one(mail, english, "Commitment due soon: " + owned).body())
                    .contains("the commitment is yours", reminders.link("/home/employee"));
            assertThat(one(mail, english, "Commitment overdue: " + shared).body())
                    .contains("your whole team");

            assertThat(one(mail, supervisor, "Viikkokooste:").body())
                    .contains(finn.getFullName() + ": " + title(a, fi))
                    .doesNotContain(newcomer.getFullName())
                    .contains(reminders.link("/learning/team-progress"));
            assertThat(one(mail, supervisor, "Huomenna: ").body())
                    .contains("vedät työpajan", reminders.link("/workshop/session?id=" + session.getId()));

            assertThat(one(mail, newcomer, "Uutta opittavaa Kohtaamossa:").body())
                    .contains(title(b, fi));
            assertThat(mail.to(newcomer.getEmail()))
                    .as("due 14 days after reaching them, so neither due soon nor overdue today")
                    .noneMatch(m ->
                            (m.subject().startsWith("Myöhässä") || m.subject().startsWith("Määräpäivä"))
                                    && m.body().contains(title(b, fi)));

            assertThat(mail.to(optedOut.getEmail()))
                    .as("no reminders after turning them off, but the workshop invitation")
                    .extracting(Mail::subject)
                    .isNotEmpty()
                    .allMatch(subject -> subject.startsWith("Kutsu: "));
        }
    }

    @Test
    void hrSetsTheReminderDaysAndOthersCannot() {
        Unit unit = made.unit();
        Person hr = made.person(unit, Set.of(), Role.HR);
        Person employee = made.person(unit, Set.of());
        int before = reminders.daysBefore();
        try {
            WebClient client = WebClient.signedIn(base, hr.getUsername(), TestOrganisation.PASSWORD)
                    .inLanguage("en");
            Document page = client.page("notification/reminders");
            assertThat(page.getElementById("reminders:days").attr("value")).isEqualTo(String.valueOf(before));

            Document refused =
                    WebClient.parse(client.follow(client.submit(page, "reminders", Map.of("days", "61"), "save")));
            assertThat(refused.text()).contains("Enter a whole number of days from 1 to 60.");
            assertThat(reminders.daysBefore()).isEqualTo(before);

            client.follow(client.submit(page, "reminders", Map.of("days", "5"), "save"));
            assertThat(reminders.daysBefore()).isEqualTo(5);

            assertThat(WebClient.signedIn(base, employee.getUsername(), TestOrganisation.PASSWORD)
                            .get("notification/reminders")
                            .statusCode())
                    .isEqualTo(403);
        } finally {
            reminders.setDaysBefore(before);
        }
    }

    private void turnRemindersOffOnTheSettingsPage(Person person) {
        WebClient client = WebClient.signedIn(base, person.getUsername(), TestOrganisation.PASSWORD);
        Document page = client.page("password");
        assertThat(page.getElementById("reminders:wanted").hasAttr("checked")).isTrue();
        client.follow(client.submitAll(page, "reminders", Map.of("wanted", List.of()), "save"));
        assertThat(client.page("password").getElementById("reminders:wanted").hasAttr("checked"))
                .isFalse();
        assertThat(people.find(person.getId()).orElseThrow().isRemindersOff()).isTrue();
    }

    private void assign(Person hr, TrainingModule module, Person learner, LocalDate due) {
        assignments.create(hr, new Assignments.Request(module.getId(), null, null, null, learner.getId(), due, null));
    }

    private List<OutboxMail> mailsTo(List<String> recipients) {
        return em.createQuery("select m from OutboxMail m where m.recipient in :to order by m.id", OutboxMail.class)
                .setParameter("to", recipients)
                .getResultList();
    }

    /** The one mail to the person whose subject starts so. */
    private static Mail one(SmtpSink mail, Person to, String subjectStart) {
        List<Mail> found = mail.to(to.getEmail()).stream()
                .filter(m -> m.subject().startsWith(subjectStart))
                .toList();
        assertThat(found)
                .as(
                        "mails to %s starting \"%s\" among %s",
                        to.getEmail(),
                        subjectStart,
                        mail.to(to.getEmail()).stream().map(Mail::subject).toList())
                .hasSize(1);
        return found.get(0);
    }

    private static String title(TrainingModule module, String language) {
        return module.getHeading().getTitle().in(language);
    }

    private static String title(WorkshopGuide guide, String language) {
        return guide.getHeading().getTitle().in(language);
    }
}
