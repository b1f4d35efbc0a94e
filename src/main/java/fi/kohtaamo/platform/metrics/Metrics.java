package fi.kohtaamo.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What this node has counted since it started, for {@link MetricsServlet}: sign-ins, failed sign-ins and lock-outs,
 * mail that could not be delivered, anonymous pages answered busy, when each job last ran successfully here, and how
 * long each Faces view took to answer. Counting costs an addition; nothing here touches the database.
 *
 * <pre>{@code
 * metrics.jobRan("mail-delivery");
 * }</pre>
 *
 * Page times are kept per view id, for at most {@link #MAX_VIEWS} views (Kohtaamo has far fewer); any further view is
 * counted as {@link #OTHER_VIEWS}, so the memory stays bounded whatever is asked for.
 */
@ApplicationScoped
public class Metrics {

    /** Upper bounds of the page time histogram, in seconds. */
    static final double[] BUCKETS = {0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    static final int MAX_VIEWS = 200;
    static final String OTHER_VIEWS = "other";

    /** Sign-ins by outcome: {@code success}, {@code failure}, {@code locked}. */
    private final Map<String, LongAdder> signIns = new ConcurrentHashMap<>();

    private final LongAdder mailFailures = new LongAdder();
    private final LongAdder anonymousTurnedAway = new LongAdder();
    private final Map<String, Instant> jobRuns = new ConcurrentHashMap<>();
    private final Map<String, PageTimes> pages = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** One view's answers: how many, their total time, and how many took at most each bucket's bound. */
    static final class PageTimes {
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];

        PageTimes() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void add(long elapsedNanos) {
            count.increment();
            nanos.add(elapsedNanos);
            double seconds = elapsedNanos / 1e9;
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                }
            }
        }
    }

    /** A sign-in succeeded. */
    public void signedIn() {
        signIns.computeIfAbsent("success", o -> new LongAdder()).increment();
    }

    /** A sign-in was refused: wrong username or password. */
    public void signInFailed() {
        signIns.computeIfAbsent("failure", o -> new LongAdder()).increment();
    }

    /** A username was locked out after too many failures. */
    public void lockedOut() {
        signIns.computeIfAbsent("locked", o -> new LongAdder()).increment();
    }

    /** A mail could not be handed to the mail server (it stays in the outbox to be retried). */
    public void mailFailed() {
        mailFailures.increment();
    }

    /** A page opened without a session came faster than the anonymous pace allows and was answered busy. */
    public void anonymousPageTurnedAway() {
        anonymousTurnedAway.increment();
    }

    long anonymousTurnedAway() {
        return anonymousTurnedAway.sum();
    }

    /** A scheduled or background job finished its work on this node now, without failing (a failed run is not told). */
    public void jobRan(String job) {
        jobRuns.put(job, clock.instant());
    }

    /** A Faces view answered in the given time. */
    public void pageAnswered(String viewId, long elapsedNanos) {
        String view = pages.containsKey(viewId) || pages.size() < MAX_VIEWS ? viewId : OTHER_VIEWS;
        pages.computeIfAbsent(view, v -> new PageTimes()).add(elapsedNanos);
    }

    long signIns(String outcome) {
        LongAdder count = signIns.get(outcome);
        return count == null ? 0 : count.sum();
    }

    long mailFailures() {
        return mailFailures.sum();
    }

    Map<String, Instant> jobRuns() {
        return new TreeMap<>(jobRuns);
    }

    Map<String, PageTimes> pages() {
        return new TreeMap<>(pages);
    }
}
