package fi.kohtaamo.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * One page's capacity back to back, for {@link PagesBenchmark}: {@code pages.users} virtual users (16 by default),
 * each with a session of its own, request the page without thinking for {@code pages.duration} seconds. What they
 * request ({@code pages.kind}):
 *
 * <ul>
 *   <li>{@code login}: the sign-in page without signing in (the ceiling: the cheapest Faces page, no database);
 *   <li>{@code page}: sign in once as {@code pages.user}, then GET {@code pages.path}, which must answer 200 with
 *       {@code pages.expect} in it;
 *   <li>{@code next}: sign in once, then GET the module step {@code pages.path} (named "step") and press its Next: the
 *       Faces post and the redirect it answers with, followed (named "next").
 * </ul>
 *
 * The requests are named {@code pages.name}, so that the report's figure for that name is the page's throughput.
 */
public class SignedInPages extends Simulation {

    private final String kind = System.getProperty("pages.kind", "page");
    private final String name = System.getProperty("pages.name", "page");
    private final String path = System.getProperty("pages.path", "/learning/my-learning");
    private final String expect = System.getProperty("pages.expect", "<main");
    private final String user = System.getProperty("pages.user", "employee.demo");
    private final String password = System.getProperty("pages.password", "kohtaamo-demo");
    private final int users = Integer.getInteger("pages.users", 16);
    private final Duration duration = Duration.ofSeconds(Long.getLong("pages.duration", 15));

    private ChainBuilder signIn() {
        return exec(http("sign in")
                        .get("/login")
                        .check(status().is(200), bodyString().saveAs("page")))
                .exec(http("sign in")
                        .post(session -> FacesPage.action(session.getString("page"), "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .body(StringBody(session -> FacesPage.signIn(session.getString("page"), user, password)))
                        .check(status().in(302, 303)));
    }

    private ChainBuilder request() {
        return switch (kind) {
            case "login" -> exec(http(name).get("/login").check(status().is(200), substring("id=\"login\"")));
            case "next" ->
                exec(http("step")
                                .get(path)
                                .check(
                                        status().is(200),
                                        substring("player:next"),
                                        bodyString().saveAs("page")))
                        .exec(http(name)
                                .post(session -> FacesPage.action(session.getString("page"), "player"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .body(StringBody(session -> FacesPage.next(session.getString("page"))))
                                .check(status().in(302, 303), header("Location").saveAs("next")))
                        .exec(http(name)
                                .get(session -> session.getString("next"))
                                .check(status().is(200)));
            default -> exec(http(name).get(path).check(status().is(200), substring(expect)));
        };
    }

    public SignedInPages() {
        ChainBuilder start = kind.equals("login") ? exec(session -> session) : signIn();
        ScenarioBuilder scenario =
                scenario(name).exec(start).during(duration).on(exitBlockOnFail().on(request()));
        setUp(scenario.injectOpen(atOnceUsers(users)))
                .protocols(LearnerJourney.PROTOCOL)
                .assertions(global().failedRequests().count().is(0L));
    }
}
