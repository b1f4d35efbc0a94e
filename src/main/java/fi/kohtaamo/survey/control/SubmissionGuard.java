package fi.kohtaamo.survey.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the open survey page from being flooded: at most {@link #MAX_PER_WINDOW} answers per client address in
 * {@link #WINDOW}, and none that fills the hidden field people never see or arrives faster than a person can answer.
 * Counts are kept per node, which is enough to stop a script; a real attack belongs to the load balancer.
 */
@ApplicationScoped
public class SubmissionGuard {

    public static final int MAX_PER_WINDOW = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    /** A person needs at least this long between opening the page and sending it. */
    public static final Duration FASTEST_HUMAN = Duration.ofSeconds(2);

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    /** Why a submission was refused. */
    public enum Verdict {
        ACCEPT,
        TOO_MANY,
        AUTOMATED
    }

    public Verdict check(String client, String honeypot, Instant pageOpened) {
        Instant now = clock.instant();
        if ((honeypot != null && !honeypot.isBlank())
                || pageOpened == null
                || Duration.between(pageOpened, now).compareTo(FASTEST_HUMAN) < 0) {
            return Verdict.AUTOMATED;
        }
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= MAX_PER_WINDOW) {
                return Verdict.TOO_MANY;
            }
            times.addLast(now);
        }
        return Verdict.ACCEPT;
    }
}
