package fi.kohtaamo.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * {@link #SIGN_INS} sign-ins that never sign out, as people do who close the tab: each opens My learning once and
 * leaves its session on the server until it times out. Spread over {@link #OVER}, below the anonymous pace.
 */
public class PiledSignIns extends Simulation {

    static final int SIGN_INS = Integer.getInteger("sessions.extra", 1000);
    static final Duration OVER = Duration.ofSeconds(Long.getLong("sessions.over", 60));

    private final ScenarioBuilder people = scenario("Sign in and leave")
            .exec(LearnerJourney.signIn())
            .exec(http("my learning").get("/learning/my-learning").check(status().is(200)));

    public PiledSignIns() {
        setUp(people.injectOpen(rampUsers(SIGN_INS).during(OVER)))
                .protocols(LearnerJourney.PROTOCOL)
                .assertions(global().failedRequests().count().is(0L));
    }
}
