package fi.kohtaamo.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A learner's visit, over and over by {@link LoadSettings#USERS} virtual users: sign in as one of the generated
 * employees, open My learning, open a module at its first step, step through it with "next" (checking the scenario's
 * choice and passing the quiz over PrimeFaces Ajax on the way, where the employee has not done so before), and sign
 * out. Between pages and answers the learner reads or thinks for {@link LoadSettings#THINK} on average, as people
 * do; with {@code -Dload.think=0} the users send their requests back to back, which measures capacity. The requests
 * are named {@code sign in} (the sign-in page, its post and the redirects to the employee's home
 * page), {@code learner page} (everything up to the completion page) and {@code sign out}, so that Gatling's figures for
 * {@code learner page} are the learner pages' throughput and percentiles; redirects are followed by the journey itself,
 * under the name of the request that caused them. A failed request ends that visit (and counts as an error); the
 * virtual user then starts the next one. The employees are taken in turn; once all have been used, later visits find
 * the scenario and quiz already answered and only step through. Gatling never fails the build on these figures (see
 * the {@code load} profile).
 */
public class LearnerJourney extends Simulation {

    private static final String PAGE = "learner page";
    private static final String MODULE_PATH = "/learning/module?id=" + LoadSettings.MODULE;
    private static final List<Set<Integer>> RIGHT_ANSWERS =
            FacesPage.rightAnswers(Path.of(LoadSettings.CONTENT), LoadSettings.MODULE);

    static final HttpProtocolBuilder PROTOCOL = http.baseUrl(LoadSettings.BASE)
            // Gatling warms its HTTP engine up with a request to gatling.io unless told otherwise.
            .warmUp(LoadSettings.BASE + "/health/ready")
            .disableFollowRedirect()
            .disableCaching()
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en")
            .userAgentHeader("Kohtaamo load benchmark (Gatling)");

    private static final AtomicLong NEXT_EMPLOYEE = new AtomicLong();

    private static Iterator<Map<String, Object>> employees() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("username", "load" + (NEXT_EMPLOYEE.getAndIncrement() % LoadSettings.EMPLOYEES + 1));
            }
        };
    }

    /** GETs a page and follows its redirects, each under the same name; the final page is kept as {@code page}. */
    private static ChainBuilder open(String name, String path) {
        return exec(session -> session.set("target", path)).exec(follow(name));
    }

    /** Follows {@code target} and whatever it redirects to. */
    private static ChainBuilder follow(String name) {
        return asLongAs(session -> session.contains("target"))
                .on(exec(http(name)
                                .get(session -> session.getString("target"))
                                .check(
                                        status().in(200, 302, 303),
                                        header("Location").optional().saveAs("location"),
                                        bodyString().saveAs("page")))
                        .exec(session -> session.contains("location")
                                ? session.set("target", session.getString("location"))
                                        .remove("location")
                                : session.remove("target")));
    }

    /** A post of a form of the current page, answered by a redirect, which is then followed. */
    private static ChainBuilder post(String name, String formId, BiFunction<Session, String, String> form) {
        return exec(http(name)
                        .post(session -> FacesPage.action(session.getString("page"), formId))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .body(StringBody(session -> form.apply(session, session.getString("page"))))
                        .check(status().in(302, 303), header("Location").saveAs("target")))
                .exec(follow(name));
    }

    /**
     * A PrimeFaces Ajax post of the module player's form, whose answer must contain {@code expected}; the view state
     * it carries replaces the page's.
     */
    private static ChainBuilder ajax(Function<String, String> form, String expected) {
        return exec(http(PAGE)
                        .post(session -> FacesPage.action(session.getString("page"), "player"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .body(StringBody(session -> form.apply(session.getString("page"))))
                        .check(
                                status().is(200),
                                substring("<partial-response"),
                                substring(expected),
                                bodyString().saveAs("partial")))
                .exec(session -> session.set(
                        "page", FacesPage.afterAjax(session.getString("partial"), session.getString("page"))));
    }

    /** The learner reading the page, or answering, before the next request (nothing when the think time is 0). */
    private static ChainBuilder think() {
        long mean = LoadSettings.THINK.toMillis();
        return mean == 0
                ? exec(session -> session)
                : pause(Duration.ofMillis(mean / 2), Duration.ofMillis(mean * 3 / 2));
    }

    /** One step of the module: its scenario or quiz answered where still open, then "next". */
    private static final ChainBuilder STEP = exec(think())
            .doIf(session -> FacesPage.scenarioOpen(session.getString("page")))
            .then(ajax(FacesPage::checkChoice, "id=\"feedback\"").exec(think()))
            .doIf(session -> FacesPage.quizOpen(session.getString("page")))
            .then(ajax(page -> FacesPage.submitQuiz(page, RIGHT_ANSWERS), "id=\"quiz-result\"")
                    .exec(think()))
            .exec(post(PAGE, "player", (session, page) -> FacesPage.next(page)));

    /** Signs in as the next employee, with a fresh session: the sign-in page, its post and the redirects. */
    static ChainBuilder signIn() {
        return exec(flushCookieJar())
                .feed(employees())
                .exec(open("sign in", "/login"))
                .exec(think())
                .exec(post(
                        "sign in",
                        "login",
                        (session, page) ->
                                FacesPage.signIn(page, session.getString("username"), LoadSettings.PASSWORD)));
    }

    /**
     * One learner's visit, from signing in to signing out; built afresh for each simulation, since a feeder is used up
     * with the simulation it ran in (a second simulation in the same JVM would wait on it forever).
     */
    static ChainBuilder visit() {
        return exec(session -> session.markAsSucceeded())
                .exec(flushCookieJar())
                .exec(signIn())
                .exec(http(PAGE)
                        .get("/learning/my-learning")
                        .check(
                                status().is(200),
                                substring(MODULE_PATH.substring(1)),
                                bodyString().saveAs("page")))
                .exec(think())
                .exec(open(PAGE, MODULE_PATH + "&step=1"))
                .asLongAs(
                        session -> !FacesPage.completed(session.getString("page")) && session.getInt("step") < 20,
                        "step")
                .on(STEP)
                // A module that never reached its completion page counts as a failed request here.
                .doIf(session -> !FacesPage.completed(session.getString("page")))
                .then(exec(http(PAGE).get(MODULE_PATH).check(substring("id=\"completed-on\""))))
                .exec(think())
                .exec(post("sign out", "signOutForm", (session, page) -> FacesPage.signOut(page)));
    }

    private final ScenarioBuilder journey = scenario("Learner journey")
            .during(LoadSettings.RAMP.plus(LoadSettings.HOLD), "journeys", false)
            .on(exitBlockOnFail().on(visit()));

    public LearnerJourney() {
        setUp(journey.injectOpen(rampUsers(LoadSettings.USERS).during(LoadSettings.RAMP)))
                .protocols(PROTOCOL)
                .assertions(global().failedRequests().count().is(0L));
    }
}
