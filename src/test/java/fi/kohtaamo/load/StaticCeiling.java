package fi.kohtaamo.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The ceiling the learner journey is compared with: the same number of virtual users, arriving and staying as in
 * {@link LearnerJourney}, fetching the application's style sheet through the Faces resource handler over and over. It
 * goes through the same server, servlet container and filters (security headers, CSP) but needs no session, view or
 * database.
 */
public class StaticCeiling extends Simulation {

    /** The style sheet every page links to, as {@code h:outputStylesheet} renders its address. */
    static final String RESOURCE = "/jakarta.faces.resource/kohtaamo.css.xhtml?ln=kohtaamo";

    private final ScenarioBuilder fetch = scenario("Static ceiling")
            .during(LoadSettings.RAMP.plus(LoadSettings.HOLD), "fetches", false)
            .on(http("static resource").get(RESOURCE).check(status().is(200), substring(".skip-link")));

    public StaticCeiling() {
        setUp(fetch.injectOpen(rampUsers(LoadSettings.USERS).during(LoadSettings.RAMP)))
                .protocols(http.baseUrl(LoadSettings.BASE)
                        // Gatling warms its HTTP engine up with a request to gatling.io unless told otherwise.
                        .warmUp(LoadSettings.BASE + "/health/ready")
                        // Every fetch goes to the server, as the journey's pages do.
                        .disableCaching()
                        .userAgentHeader("Kohtaamo load benchmark (Gatling)"))
                .assertions(global().failedRequests().count().is(0L));
    }
}
