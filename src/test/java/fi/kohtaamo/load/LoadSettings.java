package fi.kohtaamo.load;

import java.time.Duration;

/**
 * What the load simulations read from system properties, with the defaults of the documented run: 200 virtual users,
 * reached over 30 seconds and held for 3 minutes, against Kohtaamo on port 8190.
 */
final class LoadSettings {

    /** Address of the server under load. */
    static final String BASE = System.getProperty("load.base", "http://localhost:8190");

    /** Concurrent virtual users, in both the journey and the static ceiling. */
    static final int USERS = Integer.getInteger("load.users", 200);

    /** How long the users take to arrive, one after another. */
    static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp", 30));

    /** How long all of them keep going once arrived (the soak uses 30 minutes: {@code -Dload.duration=1800}). */
    static final Duration HOLD = Duration.ofSeconds(Long.getLong("load.duration", 180));

    /**
     * A learner's mean time on a page before the next action (reading a lesson, choosing an answer, typing the
     * password), in milliseconds; each pause is drawn evenly between half and one and a half times it. {@code 0}
     * sends every request as soon as the previous answer arrives, which measures the server's capacity instead.
     */
    static final Duration THINK = Duration.ofMillis(Long.getLong("load.think", 5000));

    /** How many employees {@code LoadBenchmark} made ({@code load1} … {@code loadN}); the journey cycles them. */
    static final int EMPLOYEES = Integer.getInteger("load.employees", 20_000);

    /** The password every generated employee has. */
    static final String PASSWORD = "load-benchmark-password";

    /** The module the journey takes: an employee module with lessons, a scenario, a quiz and a reflection. */
    static final String MODULE = System.getProperty("load.module", "customer-experience-basics");

    /** Where the modules' content files are, for the quiz's right answers. */
    static final String CONTENT = System.getProperty("load.content", "content");

    private LoadSettings() {}
}
