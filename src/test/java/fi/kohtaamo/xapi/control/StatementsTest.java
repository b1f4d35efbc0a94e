package fi.kohtaamo.xapi.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.platform.i18n.LocalizedText;
import fi.kohtaamo.xapi.control.Statements.ActorForm;
import fi.kohtaamo.xapi.control.Statements.Learner;
import fi.kohtaamo.xapi.control.Statements.ModuleTaken;
import fi.kohtaamo.xapi.control.Statements.Workshop;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatementsTest {

    private static final String BASE = "https://kohtaamo.example";
    private static final UUID ID = UUID.fromString("3f1c2a4e-8d7b-4c1e-9a5f-0b6d2e7c8a91");
    /** 10:15:30.123456 in Helsinki (UTC+2) is 08:15:30.123 in UTC, to the millisecond. */
    private static final Instant AT = OffsetDateTime.of(2026, 12, 4, 10, 15, 30, 123_456_789, ZoneOffset.ofHours(2))
            .toInstant();

    private static final Learner LEARNER = new Learner("Aino Virtanen", "aino@example.fi", "aino");
    private static final ModuleTaken MODULE = new ModuleTaken(
            "customer-experience-basics",
            new LocalizedText("Asiakaskokemus", "Kundupplevelse", "Customer experience"),
            3,
            "2026-11",
            42);

    private final Statements statements = new Statements(BASE + "/", ActorForm.MBOX);

    @Test
    void moduleStartedIsAnAttemptOfTheModuleWithItsVersionAndRegistration() {
        JsonObject started = statements.moduleStarted(ID, AT, LEARNER, MODULE);

        assertThat(started.getString("id")).isEqualTo(ID.toString());
        assertThat(verb(started)).isEqualTo("http://adlnet.gov/expapi/verbs/attempted");
        assertThat(started.getJsonObject("verb").getJsonObject("display").getString("en-US"))
                .isEqualTo("attempted");
        assertThat(objectId(started)).isEqualTo(BASE + "/xapi/activities/module/customer-experience-basics");
        assertThat(objectType(started)).isEqualTo("http://adlnet.gov/expapi/activities/module");
        assertThat(started.getJsonObject("object")
                        .getJsonObject("definition")
                        .getJsonObject("name")
                        .getString("sv"))
                .isEqualTo("Kundupplevelse");
        assertThat(started.getString("timestamp")).isEqualTo("2026-12-04T08:15:30.123Z");
        JsonObject context = started.getJsonObject("context");
        assertThat(context.getString("registration"))
                .isEqualTo(statements.registration(42).toString())
                .isNotEqualTo(statements.registration(43).toString());
        assertThat(context.getJsonObject("extensions").getJsonObject(BASE + "/xapi/extensions/module-version"))
                .hasToString("{\"number\":3,\"label\":\"2026-11\"}");
        assertThat(started.containsKey("result")).isFalse();
    }

    @Test
    void theLearnerIsNamedByMailboxOrByAccount() {
        JsonObject byMail = statements.moduleStarted(ID, AT, LEARNER, MODULE).getJsonObject("actor");
        JsonObject byAccount = new Statements(BASE, ActorForm.ACCOUNT)
                .moduleStarted(ID, AT, LEARNER, MODULE)
                .getJsonObject("actor");

        assertThat(byMail)
                .hasToString(
                        "{\"objectType\":\"Agent\",\"name\":\"Aino Virtanen\",\"mbox\":\"mailto:aino@example.fi\"}");
        assertThat(byAccount)
                .hasToString("{\"objectType\":\"Agent\",\"name\":\"Aino Virtanen\","
                        + "\"account\":{\"homePage\":\"https://kohtaamo.example\",\"name\":\"aino\"}}");
    }

    @Test
    void theActorFormIsMboxOrAccountAndNothingElse() {
        assertThat(ActorForm.parse(" Account ")).isEqualTo(ActorForm.ACCOUNT);
        assertThat(ActorForm.parse("mbox")).isEqualTo(ActorForm.MBOX);
        assertThatThrownBy(() -> ActorForm.parse("email"))
                .hasMessage("KOHTAAMO_XAPI_ACTOR must be mbox or account, not email");
    }

    @Test
    void aStepLeftBehindIsAnExperiencedLessonOfTheModule() {
        JsonObject step = statements.stepCompleted(ID, AT, LEARNER, MODULE, 2);

        assertThat(verb(step)).isEqualTo("http://adlnet.gov/expapi/verbs/experienced");
        assertThat(objectId(step)).isEqualTo(BASE + "/xapi/activities/module/customer-experience-basics/step/2");
        assertThat(objectType(step)).isEqualTo("http://adlnet.gov/expapi/activities/lesson");
        assertThat(parentId(step)).isEqualTo(BASE + "/xapi/activities/module/customer-experience-basics");
        assertThat(step.getJsonObject("context").getString("registration"))
                .isEqualTo(statements.registration(42).toString());
    }

    @Test
    void aQuizAttemptIsAnsweredWithItsScaledRawMinAndMaxScoreAndSuccess() {
        JsonObject quiz = statements.quizAnswered(ID, AT, LEARNER, MODULE, 4, 75, false);

        assertThat(verb(quiz)).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
        assertThat(objectId(quiz)).isEqualTo(BASE + "/xapi/activities/module/customer-experience-basics/quiz/4");
        assertThat(objectType(quiz)).isEqualTo("http://adlnet.gov/expapi/activities/assessment");
        assertThat(parentId(quiz)).isEqualTo(BASE + "/xapi/activities/module/customer-experience-basics");
        assertThat(quiz.getJsonObject("result"))
                .hasToString("{\"score\":{\"scaled\":0.75,\"raw\":75,\"min\":0,\"max\":100},"
                        + "\"success\":false,\"completion\":true}");
    }

    @Test
    void theModuleIsPassedOrFailedWithTheQuizScore() {
        JsonObject passed = statements.moduleAssessed(ID, AT, LEARNER, MODULE, 100, true);
        JsonObject failed = statements.moduleAssessed(ID, AT, LEARNER, MODULE, 0, false);

        assertThat(verb(passed)).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
        assertThat(verb(failed)).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
        assertThat(objectId(passed)).isEqualTo(BASE + "/xapi/activities/module/customer-experience-basics");
        assertThat(passed.getJsonObject("result"))
                .hasToString("{\"score\":{\"scaled\":1.00,\"raw\":100,\"min\":0,\"max\":100},\"success\":true}");
        assertThat(failed.getJsonObject("result")
                        .getJsonObject("score")
                        .getJsonNumber("scaled")
                        .doubleValue())
                .isZero();
    }

    @Test
    void aCompletedModuleIsCompletedWithItsVersion() {
        JsonObject completed = statements.moduleCompleted(ID, AT, LEARNER, MODULE);

        assertThat(verb(completed)).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(objectType(completed)).isEqualTo("http://adlnet.gov/expapi/activities/module");
        assertThat(completed.getJsonObject("result")).hasToString("{\"completion\":true}");
        assertThat(completed
                        .getJsonObject("context")
                        .getJsonObject("extensions")
                        .getJsonObject(BASE + "/xapi/extensions/module-version")
                        .getInt("number"))
                .isEqualTo(3);
    }

    @Test
    void aWorkshopAttendedIsAnAttendedMeetingOfItsGuide() {
        Workshop workshop = new Workshop(7, "service-moments", new LocalizedText("Palveluhetket", null, null));

        JsonObject attended = statements.workshopAttended(ID, AT, LEARNER, workshop);

        assertThat(verb(attended)).isEqualTo("http://adlnet.gov/expapi/verbs/attended");
        assertThat(objectId(attended)).isEqualTo(BASE + "/xapi/activities/workshop/7");
        assertThat(objectType(attended)).isEqualTo("http://adlnet.gov/expapi/activities/meeting");
        assertThat(attended.getJsonObject("context")
                        .getJsonObject("contextActivities")
                        .getJsonArray("category")
                        .getJsonObject(0)
                        .getString("id"))
                .isEqualTo(BASE + "/xapi/activities/guide/service-moments");
        assertThat(attended.getString("timestamp")).isEqualTo("2026-12-04T08:15:30.123Z");
    }

    @Test
    void aCommitmentDoneIsACompletedObjectiveOfTheWorkshopItWasMadeIn() {
        Workshop workshop = new Workshop(7, "service-moments", new LocalizedText("Palveluhetket", null, null));

        JsonObject done = statements.commitmentDone(ID, AT, LEARNER, 12, "Greet every customer", workshop);

        assertThat(verb(done)).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(objectId(done)).isEqualTo(BASE + "/xapi/activities/commitment/12");
        assertThat(objectType(done)).isEqualTo("http://adlnet.gov/expapi/activities/objective");
        assertThat(done.getJsonObject("object")
                        .getJsonObject("definition")
                        .getJsonObject("name")
                        .getString("und"))
                .isEqualTo("Greet every customer");
        assertThat(parentId(done)).isEqualTo(BASE + "/xapi/activities/workshop/7");
    }

    @Test
    void aModuleIdIsEscapedInItsActivityId() {
        ModuleTaken odd = new ModuleTaken("a b/c", MODULE.title(), 1, null, 1);

        JsonObject started = statements.moduleStarted(ID, AT, LEARNER, odd);

        assertThat(objectId(started)).isEqualTo(BASE + "/xapi/activities/module/a+b%2Fc");
        assertThat(started.getJsonObject("context")
                        .getJsonObject("extensions")
                        .getJsonObject(BASE + "/xapi/extensions/module-version"))
                .hasToString("{\"number\":1}");
    }

    private static String verb(JsonObject statement) {
        return statement.getJsonObject("verb").getString("id");
    }

    private static String objectId(JsonObject statement) {
        return statement.getJsonObject("object").getString("id");
    }

    private static String objectType(JsonObject statement) {
        return statement.getJsonObject("object").getJsonObject("definition").getString("type");
    }

    private static String parentId(JsonObject statement) {
        return statement
                .getJsonObject("context")
                .getJsonObject("contextActivities")
                .getJsonArray("parent")
                .getJsonObject(0)
                .getString("id");
    }
}
