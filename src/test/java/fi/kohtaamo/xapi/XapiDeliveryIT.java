package fi.kohtaamo.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.Step;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.persistence.Database;
import fi.kohtaamo.privacy.control.PersonalData;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import fi.kohtaamo.xapi.control.StatementDelivery;
import fi.kohtaamo.xapi.entity.QueuedStatement;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Learning records in a running Kohtaamo, sent to a real learning record store on the loopback address ({@link
 * TestLrs}, at the {@code KOHTAAMO_XAPI_ENDPOINT} that failsafe configures): a learner who completes a module in the
 * module player over HTTP is reported as having attempted, experienced, answered, passed and completed it, in
 * statements that Learning Locker's validator finds valid xAPI; a statement the store refuses is kept as refused and
 * never sent again, and the administrator sees it so (and it is in the learner's data export, and erased with them); statements made while the store is down wait and arrive
 * once it is up; a workshop attended and a commitment done are reported once; and a start that is rolled back
 * reports nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("no-database-code")
class XapiDeliveryIT {

    private static final String MODULE = "customer-experience-basics";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final Pattern STEP = Pattern.compile("[?&]step=(\\d+)");
    private static final Pattern QUESTION = Pattern.compile(":(\\d+):(single|multiple)$");

    @ArquillianResource
    URL base;

    @Inject
    TestOrganisation made;

    @Inject
    Progresses progresses;

    @Inject
    Learners learners;

    @Inject
    StatementDelivery delivery;

    @Inject
    Clock clock;

    @Inject
    Sessions sessions;

    @Inject
    PersonalData personalData;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Test
    void aModuleCompletedInThePlayerReachesTheStoreAsValidStatements() throws Exception {
        Unit unit = made.unit();
        Person learner = made.person(unit, Set.of(), Role.EMPLOYEE);

        try (TestLrs lrs = startStore()) {
            completeInThePlayer(WebClient.signedIn(base, learner.getUsername(), TestOrganisation.PASSWORD)
                    .inLanguage("en"));

            Awaitility.await("the start, the pass and the completion in the store")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> verbs(of(lrs, learner))
                            .containsAll(List.of(VERBS + "attempted", VERBS + "passed", VERBS + "completed")));
            List<JsonObject> statements = of(lrs, learner);

            assertThat(verbs(statements))
                    .containsExactly(
                            VERBS + "attempted",
                            VERBS + "experienced",
                            VERBS + "experienced",
                            VERBS + "experienced",
                            VERBS + "experienced",
                            VERBS + "experienced",
                            VERBS + "experienced",
                            VERBS + "answered",
                            VERBS + "passed",
                            VERBS + "experienced",
                            VERBS + "experienced",
                            VERBS + "completed");
            String module = statements.get(0).getJsonObject("object").getString("id");
            assertThat(module).endsWith("/xapi/activities/module/" + MODULE);
            assertThat(statements.get(8).getJsonObject("object").getString("id"))
                    .isEqualTo(module);
            assertThat(statements.get(8).getJsonObject("result").getJsonObject("score"))
                    .hasToString("{\"scaled\":1.00,\"raw\":100,\"min\":0,\"max\":100}");
            assertThat(statements)
                    .extracting(s -> s.getJsonObject("context").getString("registration"))
                    .as("one registration: the learner's attempt")
                    .containsOnly(statements.get(0).getJsonObject("context").getString("registration"));
            assertValid(statements);
        }
    }

    @Test
    void aStatementTheStoreRefusesIsKeptAsRefusedAndNotSentAgain() throws Exception {
        Person learner = made.person(made.unit(), Set.of(), Role.EMPLOYEE);

        QueuedStatement refused;
        try (TestLrs lrs = startStore()) {
            lrs.refuse(statement ->
                    statement.getJsonObject("actor").getString("mbox", "").equals("mailto:" + learner.getEmail()));
            progresses.start(learner, MODULE);

            refused = Awaitility.await("the store's refusal recorded")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> queued(learner), s -> s != null && s.isRefused());
            assertThat(refused.getLastError()).startsWith("HTTP 400");
            assertThat(refused.getSentAt()).isNull();

            delivery.deliverDue(LocalDateTime.now(clock).plus(QueuedStatement.LONGEST_WAIT));

            assertThat(lrs.refusals()).as("sent once, not again").containsExactly(refused.getId());
            assertThat(of(lrs, learner)).isEmpty();
        }

        Person admin = made.person(made.unit(), Set.of(), Role.ADMIN);
        Document page = WebClient.signedIn(base, admin.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en")
                .page("xapi/statements");
        assertThat(page.select("#xapi-status").text())
                .startsWith("Learning records are sent as xAPI statements to the learning record store at http://");
        assertThat(page.select("[id=statements:problems] tbody tr").eachText())
                .filteredOn(row -> row.contains(refused.getSummary()))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Refused by the store, not sent again")
                .contains("(1: HTTP 400");

        assertThat(personalData.export(learner.getId()).getJsonArray("learningRecords"))
                .extracting(row -> row.asJsonObject().getString("id"))
                .as("in the learner's data export")
                .containsExactly(refused.getId());
        personalData.erase(admin, learner.getId());
        assertThat(queuedAbout(learner)).as("erased with the learner").isEmpty();
    }

    @Test
    void statementsMadeWhileTheStoreIsDownArriveOnceItIsUp() throws Exception {
        Person learner = made.person(made.unit(), Set.of(), Role.EMPLOYEE);

        progresses.start(learner, MODULE);

        QueuedStatement waiting = Awaitility.await("a failed attempt")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> queued(learner), s -> s != null && s.getAttempts() > 0);
        assertThat(waiting.isRefused()).isFalse();
        assertThat(waiting.getSentAt()).isNull();
        assertThat(waiting.getLastError()).isNotBlank();
        assertThat(waiting.getNextAttemptAt()).isAfter(waiting.getCreatedAt());

        try (TestLrs lrs = startStore()) {
            // What the once-a-minute retry does after the statement's wait, without waiting for it.
            delivery.deliverDue(LocalDateTime.now(clock).plus(QueuedStatement.LONGEST_WAIT));

            assertThat(of(lrs, learner)).extracting(s -> s.getString("id")).containsExactly(waiting.getId());
            assertThat(queued(learner).getSentAt()).isNotNull();
        }
    }

    @Test
    void aWorkshopAttendedAndACommitmentDoneReachTheStore() throws Exception {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.SUPERVISOR);
        Person employee = made.person(unit, Set.of(), Role.EMPLOYEE);
        WorkshopSession session = sessions.schedule(
                supervisor,
                new Sessions.Request(
                        unit.getId(),
                        "customer-path",
                        LocalDateTime.now(clock).plusDays(7),
                        90,
                        "Taukotila",
                        null,
                        Set.of(employee.getId()),
                        null),
                Locale.ENGLISH);
        startedAnHourAgo(session);

        try (TestLrs lrs = startStore()) {
            sessions.recordAttendance(supervisor, session.getId(), Set.of(employee.getId()));
            Commitment commitment = sessions.commit(
                    supervisor,
                    session.getId(),
                    new Sessions.NewCommitment("Tervehdimme jokaista asiakasta", employee.getId(), null, null, null));
            sessions.setCommitmentStatus(employee, commitment.getId(), Commitment.State.DONE);
            sessions.recordAttendance(supervisor, session.getId(), Set.of(employee.getId()));

            Awaitility.await("the attendance and the commitment in the store")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> of(lrs, employee).size() == 2);
            List<JsonObject> statements = of(lrs, employee);
            assertThat(verbs(statements)).containsExactly(VERBS + "attended", VERBS + "completed");
            assertThat(statements.get(0).getJsonObject("object").getString("id"))
                    .endsWith("/xapi/activities/workshop/" + session.getId());
            assertThat(statements.get(1).getJsonObject("object").getString("id"))
                    .endsWith("/xapi/activities/commitment/" + commitment.getId());
            assertValid(statements);
        }
        assertThat(queuedAbout(employee))
                .as("attendance recorded again is not reported again")
                .hasSize(2);
    }

    @Test
    void aStartThatIsRolledBackReportsNothing() throws Exception {
        Person learner = made.person(made.unit(), Set.of(), Role.EMPLOYEE);

        transaction.begin();
        progresses.start(learner, MODULE);
        assertThat(queuedAbout(learner)).as("queued in the start's transaction").hasSize(1);
        transaction.rollback();

        assertThat(queuedAbout(learner)).isEmpty();
    }

    /** Opens the module and answers and moves on as the learner would, until its completion page. */
    private void completeInThePlayer(WebClient learner) {
        ModuleContent content =
                learners.content(learners.module(MODULE).orElseThrow().getCurrentVersion());
        List<Step> steps = content.steps("en");
        Document page = learner.page("learning/module?id=" + MODULE);
        for (int step = stepOf(page); step <= steps.size(); step = stepOf(page)) {
            Step current = steps.get(step - 1);
            if (current instanceof Step.Scenario) {
                page = WebClient.parse(learner.submit(page, "player", Map.of("choice", "0"), "checkChoice"));
            } else if (current instanceof Step.Quiz quiz) {
                page = WebClient.parse(learner.submitAll(page, "player", rightAnswers(page, quiz), "submitQuiz"));
                assertThat(page.select("#quiz-result").text()).contains("100 %");
            }
            page = WebClient.parse(learner.follow(learner.submit(page, "player", Map.of(), "next")));
            assertThat(stepOf(page)).as("moved on from step " + step).isEqualTo(step + 1);
        }
    }

    private static int stepOf(Document page) {
        Matcher step = STEP.matcher(page.location());
        return step.find() ? Integer.parseInt(step.group(1)) : 1;
    }

    /** The quiz's fields, each question's with exactly its correct options. */
    private static Map<String, List<String>> rightAnswers(Document page, Step.Quiz quiz) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Element input : page.select("input[name$=:single], input[name$=:multiple]")) {
            Matcher question = QUESTION.matcher(input.attr("name"));
            if (question.find() && !answers.containsKey(input.attr("name"))) {
                List<Step.Option> options = quiz.questions()
                        .get(Integer.parseInt(question.group(1)))
                        .options();
                List<String> right = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).correct()) {
                        right.add(String.valueOf(i));
                    }
                }
                answers.put(input.attr("name"), right);
            }
        }
        assertThat(answers).hasSameSizeAs(quiz.questions());
        return answers;
    }

    private static TestLrs startStore() throws IOException {
        URI endpoint = URI.create(ConfigProvider.getConfig().getValue("kohtaamo.xapi.endpoint", String.class));
        return TestLrs.start(
                endpoint.getPort(),
                ConfigProvider.getConfig().getValue("kohtaamo.xapi.key", String.class),
                ConfigProvider.getConfig().getValue("kohtaamo.xapi.secret", String.class));
    }

    /** The statements the store holds about this person, in the order they arrived. */
    private static List<JsonObject> of(TestLrs lrs, Person person) {
        return lrs.statements().stream()
                .filter(s -> s.getJsonObject("actor").getString("mbox", "").equals("mailto:" + person.getEmail()))
                .toList();
    }

    private static List<String> verbs(List<JsonObject> statements) {
        return statements.stream()
                .map(s -> s.getJsonObject("verb").getString("id"))
                .toList();
    }

    /** The one statement queued about this person (the module's start). */
    private QueuedStatement queued(Person person) {
        return queuedAbout(person).stream().findFirst().orElse(null);
    }

    private List<QueuedStatement> queuedAbout(Person person) {
        return em.createQuery(
                        "select s from QueuedStatement s where s.personId = :person order by s.createdAt",
                        QueuedStatement.class)
                .setParameter("person", person.getId())
                .getResultList();
    }

    /** Moves the session's start an hour into the past, so that its attendance can be recorded. */
    private void startedAnHourAgo(WorkshopSession session) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("update workshop_session set starts_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock).minusHours(1)));
            update.setLong(2, session.getId());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** Runs Learning Locker's xAPI validator (src/test/xapi) on the statements with the system's node. */
    private static void assertValid(List<JsonObject> statements) throws Exception {
        Path validator = Path.of(System.getenv("KOHTAAMO_IT_XAPI_VALIDATOR"));
        Process node = new ProcessBuilder(
                        "node", validator.resolve("validate.js").toString())
                .directory(validator.toFile())
                .redirectErrorStream(true)
                .start();
        var array = Json.createArrayBuilder();
        statements.forEach(array::add);
        try (var in = node.getOutputStream()) {
            in.write(array.build().toString().getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains(statements.size() + " statements checked, 0 problems");
        assertThat(node.exitValue()).as(output).isZero();
    }
}
