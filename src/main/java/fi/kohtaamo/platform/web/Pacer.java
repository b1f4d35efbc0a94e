package fi.kohtaamo.platform.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A shared pace for requests, as the generic cell rate algorithm keeps it: at most {@code perSecond} requests a second
 * on average, a second's worth of them at once after a quiet spell, and a request that comes faster waits for its turn
 * when the turn is at most {@code longestWait} away; later than that it is refused. The pace is one for all clients,
 * so that a crawler with many addresses cannot multiply it.
 *
 * <pre>
 * long wait = pacer.reserve(System.nanoTime());
 * if (wait &lt; 0) refuse(); else { TimeUnit.NANOSECONDS.sleep(wait); serve(); }
 * </pre>
 */
final class Pacer {

    /** Nanoseconds between two requests at the pace. */
    private final long interval;

    /** How far ahead of the pace requests may run: a second's worth. */
    private final long tolerance;

    private final long longestWait;

    /** The theoretical arrival time of the next request at the pace (System.nanoTime's scale). */
    private final AtomicLong next;

    Pacer(int perSecond, Duration longestWait, long now) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("The pace must be at least one request a second, not " + perSecond);
        }
        this.interval = Duration.ofSeconds(1).toNanos() / perSecond;
        this.tolerance = Duration.ofSeconds(1).toNanos() - interval;
        this.longestWait = longestWait.toNanos();
        this.next = new AtomicLong(now);
    }

    /**
     * Takes a turn for a request arriving at {@code now}.
     *
     * @return how many nanoseconds the request waits for its turn (0: at once), or -1 when its turn is further away
     *     than the longest wait; a refused request takes no turn
     */
    long reserve(long now) {
        while (true) {
            long expected = next.get();
            long arrival = Math.max(expected, now);
            long wait = Math.max(0, arrival - tolerance - now);
            if (wait > longestWait) {
                return -1;
            }
            if (next.compareAndSet(expected, arrival + interval)) {
                return wait;
            }
        }
    }
}
