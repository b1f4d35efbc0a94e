package fi.kohtaamo.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The learners of {@link LearnerJourney} while strangers flood the pages anyone may open: once the learners have all
 * arrived, {@link #FLOODERS} virtual users request the sign-in page and a unit's customer survey (known and unknown
 * unit codes) back to back, without pausing, for {@link #FLOOD}. Every anonymous answer must come without a {@code
 * Set-Cookie} (else it counts as an error): no session is opened. The learners' requests keep their names ({@code
 * learner page} and so on); the flood's are named {@code anonymous}.
 */
public class LearnersUnderFlood extends Simulation {

    /** How long the flood lasts, from when the last learner has arrived. */
    static final Duration FLOOD = Duration.ofSeconds(Long.getLong("flood.duration", 60));

    /** Concurrent flooding clients, each sending its next request as soon as the answer arrives. */
    static final int FLOODERS = Integer.getInteger("flood.users", 16);

    /** A unit of the load organisation ({@code LoadBenchmark} makes it), whose survey the flood opens. */
    static final String UNIT = "LD-U1";

    private final ScenarioBuilder learners = scenario("Learner journey")
            .during(LoadSettings.RAMP.plus(LoadSettings.HOLD), "journeys", false)
            .on(exitBlockOnFail().on(LearnerJourney.visit()));

    private final ScenarioBuilder flood = scenario("Anonymous flood")
            .pause(LoadSettings.RAMP)
            .during(FLOOD)
            .on(exitBlockOnFail()
                    .on(anonymous("/login", 200)
                            .exec(anonymous("/survey/respond?unit=" + UNIT, 200))
                            .exec(anonymous("/survey/respond?unit=NO-SUCH-CODE", 404))));

    private static io.gatling.javaapi.core.ChainBuilder anonymous(String path, int expected) {
        return io.gatling.javaapi.core.CoreDsl.exec(http("anonymous")
                .get(path)
                .check(status().is(expected), header("Set-Cookie").notExists()));
    }

    public LearnersUnderFlood() {
        setUp(
                        learners.injectOpen(rampUsers(LoadSettings.USERS).during(LoadSettings.RAMP)),
                        flood.injectOpen(atOnceUsers(FLOODERS)))
                .protocols(LearnerJourney.PROTOCOL)
                .assertions(global().failedRequests().count().is(0L));
    }
}
