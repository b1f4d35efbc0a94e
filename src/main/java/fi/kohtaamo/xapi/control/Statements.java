package fi.kohtaamo.xapi.control;

import fi.kohtaamo.platform.i18n.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes xAPI 1.0.3 statements for Kohtaamo's learning events, in the ADL vocabulary: verbs from
 * {@code http://adlnet.gov/expapi/verbs/} and activity types from {@code http://adlnet.gov/expapi/activities/}. Every
 * activity id is under the organisation's public address ({@code KOHTAAMO_BASE_URL}), so that two organisations
 * sharing a store never mix their modules:
 *
 * <table>
 *   <caption>What each event becomes</caption>
 *   <tr><th>event</th><th>verb</th><th>activity (type)</th></tr>
 *   <tr><td>module started</td><td>attempted</td><td>{@code <base>/xapi/activities/module/<id>} (module)</td></tr>
 *   <tr><td>step left behind</td><td>experienced</td><td>{@code …/module/<id>/step/<n>} (lesson)</td></tr>
 *   <tr><td>quiz attempt</td><td>answered</td><td>{@code …/module/<id>/quiz/<n>} (assessment), with the score</td></tr>
 *   <tr><td>quiz passed / failed</td><td>passed / failed</td><td>the module, with the score</td></tr>
 *   <tr><td>module completed</td><td>completed</td><td>the module</td></tr>
 *   <tr><td>workshop attended</td><td>attended</td><td>{@code <base>/xapi/activities/workshop/<session>} (meeting)</td></tr>
 *   <tr><td>commitment done</td><td>completed</td><td>{@code <base>/xapi/activities/commitment/<id>} (objective)</td></tr>
 * </table>
 *
 * Statements about a module carry the learner's attempt as the registration and the module version under the
 * extension {@code <base>/xapi/extensions/module-version}; steps and quizzes name the module as their parent. The
 * learner is an agent with an e-mail address ({@link ActorForm#MBOX}) or an account on Kohtaamo ({@link
 * ActorForm#ACCOUNT}). For example:
 *
 * <pre>
 * Statements statements = new Statements("https://kohtaamo.example", ActorForm.MBOX);
 * JsonObject started = statements.moduleStarted(UUID.randomUUID(), Instant.now(), learner, module);
 * </pre>
 */
public final class Statements {

    public static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    public static final String ACTIVITY_TYPES = "http://adlnet.gov/expapi/activities/";

    /** How the learner is named in statements. */
    public enum ActorForm {
        /** By e-mail address: {@code "mbox": "mailto:…"}. */
        MBOX,
        /** By Kohtaamo user name, with the public address as the account's home page. */
        ACCOUNT;

        /** The form named by {@code KOHTAAMO_XAPI_ACTOR}: {@code mbox} or {@code account}. */
        public static ActorForm parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "mbox" -> MBOX;
                case "account" -> ACCOUNT;
                default ->
                    throw new IllegalArgumentException("KOHTAAMO_XAPI_ACTOR must be mbox or account, not " + text);
            };
        }
    }

    /** The person a statement is about. */
    public record Learner(String name, String email, String username) {}

    /** A module as the learner took it: its id, title and the version they are on. */
    public record ModuleTaken(String id, LocalizedText title, int version, String versionLabel, long attempt) {}

    /** A workshop session: its id, its guide's id and title. */
    public record Workshop(long sessionId, String guideId, LocalizedText guideTitle) {}

    private final String base;
    private final ActorForm actorForm;

    /**
     * @param base the organisation's public address, without a trailing slash
     */
    public Statements(String base, ActorForm actorForm) {
        this.base = base.replaceAll("/+$", "");
        this.actorForm = actorForm;
    }

    public JsonObject moduleStarted(UUID id, Instant at, Learner learner, ModuleTaken module) {
        return statement(id, at, learner, "attempted", moduleActivity(module))
                .add("context", moduleContext(module, false))
                .build();
    }

    /** A step of the module left behind: read, chosen or answered, and moved on from. */
    public JsonObject stepCompleted(UUID id, Instant at, Learner learner, ModuleTaken module, int step) {
        JsonObject activity = activity(moduleId(module) + "/step/" + step, "lesson", null);
        return statement(id, at, learner, "experienced", activity)
                .add("context", moduleContext(module, true))
                .build();
    }

    /** A marked quiz attempt, with its score in per cent and whether it reached the pass mark. */
    public JsonObject quizAnswered(
            UUID id, Instant at, Learner learner, ModuleTaken module, int step, int score, boolean passed) {
        JsonObject activity = activity(moduleId(module) + "/quiz/" + step, "assessment", null);
        return statement(id, at, learner, "answered", activity)
                .add("result", scored(score, passed).add("completion", true))
                .add("context", moduleContext(module, true))
                .build();
    }

    /** The module passed or failed, by a quiz attempt with this score. */
    public JsonObject moduleAssessed(
            UUID id, Instant at, Learner learner, ModuleTaken module, int score, boolean passed) {
        return statement(id, at, learner, passed ? "passed" : "failed", moduleActivity(module))
                .add("result", scored(score, passed))
                .add("context", moduleContext(module, false))
                .build();
    }

    public JsonObject moduleCompleted(UUID id, Instant at, Learner learner, ModuleTaken module) {
        return statement(id, at, learner, "completed", moduleActivity(module))
                .add("result", Json.createObjectBuilder().add("completion", true))
                .add("context", moduleContext(module, false))
                .build();
    }

    public JsonObject workshopAttended(UUID id, Instant at, Learner learner, Workshop workshop) {
        return statement(id, at, learner, "attended", workshopActivity(workshop))
                .add(
                        "context",
                        Json.createObjectBuilder()
                                .add("platform", "Kohtaamo")
                                .add(
                                        "contextActivities",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "category",
                                                        Json.createArrayBuilder()
                                                                .add(activity(
                                                                        base + "/xapi/activities/guide/"
                                                                                + encoded(workshop.guideId()),
                                                                        "meeting",
                                                                        workshop.guideTitle())))))
                .build();
    }

    /** A commitment made in a workshop marked done; its text is in the language it was written in. */
    public JsonObject commitmentDone(
            UUID id, Instant at, Learner learner, long commitmentId, String what, Workshop madeIn) {
        JsonObject activity = Json.createObjectBuilder()
                .add("objectType", "Activity")
                .add("id", base + "/xapi/activities/commitment/" + commitmentId)
                .add(
                        "definition",
                        Json.createObjectBuilder()
                                .add("type", ACTIVITY_TYPES + "objective")
                                .add("name", Json.createObjectBuilder().add("und", what)))
                .build();
        return statement(id, at, learner, "completed", activity)
                .add("result", Json.createObjectBuilder().add("completion", true))
                .add(
                        "context",
                        Json.createObjectBuilder()
                                .add("platform", "Kohtaamo")
                                .add(
                                        "contextActivities",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "parent",
                                                        Json.createArrayBuilder()
                                                                .add(workshopActivity(madeIn)))))
                .build();
    }

    /** The registration of a learner's attempt at a module: the same for every statement about that attempt. */
    public UUID registration(long attempt) {
        return UUID.nameUUIDFromBytes((base + "/learning/progress/" + attempt).getBytes(StandardCharsets.UTF_8));
    }

    /** The extension under which statements about a module carry its version. */
    public String versionExtension() {
        return base + "/xapi/extensions/module-version";
    }

    /** The time of a statement as xAPI writes it: UTC, ISO 8601, to the millisecond. */
    public static String timestamp(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    private JsonObjectBuilder statement(UUID id, Instant at, Learner learner, String verb, JsonObject object) {
        return Json.createObjectBuilder()
                .add("id", id.toString())
                .add("actor", actor(learner))
                .add(
                        "verb",
                        Json.createObjectBuilder()
                                .add("id", VERBS + verb)
                                .add("display", Json.createObjectBuilder().add("en-US", verb)))
                .add("object", object)
                .add("timestamp", timestamp(at));
    }

    private JsonObject actor(Learner learner) {
        JsonObjectBuilder actor = Json.createObjectBuilder().add("objectType", "Agent");
        if (learner.name() != null && !learner.name().isBlank()) {
            actor.add("name", learner.name());
        }
        if (actorForm == ActorForm.MBOX) {
            actor.add("mbox", "mailto:" + learner.email());
        } else {
            actor.add(
                    "account", Json.createObjectBuilder().add("homePage", base).add("name", learner.username()));
        }
        return actor.build();
    }

    private JsonObject moduleContext(ModuleTaken module, boolean withParent) {
        JsonObjectBuilder context = Json.createObjectBuilder()
                .add("registration", registration(module.attempt()).toString())
                .add("platform", "Kohtaamo");
        if (withParent) {
            context.add(
                    "contextActivities",
                    Json.createObjectBuilder()
                            .add("parent", Json.createArrayBuilder().add(moduleActivity(module))));
        }
        JsonObjectBuilder version = Json.createObjectBuilder().add("number", module.version());
        if (module.versionLabel() != null) {
            version.add("label", module.versionLabel());
        }
        return context.add("extensions", Json.createObjectBuilder().add(versionExtension(), version))
                .build();
    }

    private static JsonObjectBuilder scored(int score, boolean passed) {
        return Json.createObjectBuilder()
                .add(
                        "score",
                        Json.createObjectBuilder()
                                .add("scaled", BigDecimal.valueOf(score, 2))
                                .add("raw", score)
                                .add("min", 0)
                                .add("max", 100))
                .add("success", passed);
    }

    private String moduleId(ModuleTaken module) {
        return base + "/xapi/activities/module/" + encoded(module.id());
    }

    private JsonObject moduleActivity(ModuleTaken module) {
        return activity(moduleId(module), "module", module.title());
    }

    private JsonObject workshopActivity(Workshop workshop) {
        return activity(base + "/xapi/activities/workshop/" + workshop.sessionId(), "meeting", workshop.guideTitle());
    }

    private static JsonObject activity(String id, String type, LocalizedText name) {
        JsonObjectBuilder definition = Json.createObjectBuilder().add("type", ACTIVITY_TYPES + type);
        if (name != null) {
            JsonObjectBuilder names = Json.createObjectBuilder();
            for (String language : new String[] {"fi", "sv", "en"}) {
                String text = name.in(language);
                if (!text.isBlank()) {
                    names.add(language, text);
                }
            }
            definition.add("name", names);
        }
        return Json.createObjectBuilder()
                .add("objectType", "Activity")
                .add("id", id)
                .add("definition", definition)
                .build();
    }

    private static String encoded(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
