package fi.kohtaamo.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The capacity of a signed-in page: {@link #USERS} employees sign in once each and then open My learning back to back,
 * without thinking, for {@link #DURATION}; the requests are named {@code my learning}, so that Gatling's figure for
 * them is the page's throughput. {@link SessionsBenchmark} runs it before and after many other people signed in.
 */
public class MyLearningCapacity extends Simulation {

    static final int USERS = Integer.getInteger("capacity.users", 16);
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("capacity.duration", 20));

    private final ScenarioBuilder learners = scenario("My learning back to back")
            .exec(LearnerJourney.signIn())
            .during(DURATION)
            .on(exitBlockOnFail()
                    .on(io.gatling.javaapi.core.CoreDsl.exec(http("my learning")
                            .get("/learning/my-learning")
                            .check(status().is(200), substring(LoadSettings.MODULE)))));

    public MyLearningCapacity() {
        setUp(learners.injectOpen(atOnceUsers(USERS)))
                .protocols(LearnerJourney.PROTOCOL)
                .assertions(global().failedRequests().count().is(0L));
    }
}
