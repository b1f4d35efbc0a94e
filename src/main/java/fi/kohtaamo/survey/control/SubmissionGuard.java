package fi.kohtaamo.survey.control;

import fi.kohtaamo.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the open survey page from being flooded: at most {@link #MAX_PER_WINDOW} answers per client address in
 * {@link #WINDOW}, and none that fills the hidden field people never see or arrives faster than a person can answer.
 * Counts are kept per node, which is enough to stop a script; a real attack belongs to the load balancer.
 *
 * <p>The client is the address behind a trusted proxy (the page asks the request, which {@code ForwardedFilter} has
 * given the client's address), so one proxy's customers do not share one limit and a client cannot pick a new address
 * by sending {@code X-Forwarded-For}. The memory is bounded however many clients come: a client is forgotten when its
 * answers have all left the window, and beyond {@link #MAX_CLIENTS} the one heard from least recently goes first.
 *
 * <p>How fast a person can answer is a setting, {@code KOHTAAMO_SURVEY_FASTEST_ANSWER_SECONDS} ({@link
 * Settings#fastestSurveyAnswer()}, 2 s by default). Zero is allowed and turns only that check off: an answer must still
 * carry a stamp the server signed when it rendered the page, leave the hidden field empty and stay within the limit per
 * address, so a script still has to fetch the page for every answer. It is for machines that answer the page on
 * purpose, such as the integration tests, which would otherwise wait for every answer.
 */
@ApplicationScoped
public class SubmissionGuard {

    public static final int MAX_PER_WINDOW = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    /** Clients remembered at most (some 2 MB); an attack from more addresses than this belongs to the balancer. */
    public static final int MAX_CLIENTS = 10_000;

    /** Each client's recent answers, the one heard from least recently first. Guarded by itself. */
    private final LinkedHashMap<String, Deque<Instant>> recent = new LinkedHashMap<>(256, 0.75f, true);

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    /** A person needs at least this long between opening the page and sending it; zero turns the check off. */
    Duration fastestHuman = Settings.FASTEST_SURVEY_ANSWER;

    @PostConstruct
    void configure() {
        fastestHuman = settings.fastestSurveyAnswer();
    }

    /**
     * Changes how fast a person can answer on this node until it stops or this is called again; the tests of the real
     * pace use it on a server that otherwise answers at once.
     */
    void fastestHuman(Duration fastest) {
        fastestHuman = fastest;
    }

    /** Why a submission was refused. */
    public enum Verdict {
        ACCEPT,
        TOO_MANY,
        /** Sent sooner after opening the page than a person reads the questions: a person may simply send again. */
        TOO_FAST,
        /** The hidden field was filled in, or the page's stamp is missing: a script, not a person. */
        AUTOMATED
    }

    public Verdict check(String client, String honeypot, Instant pageOpened) {
        Instant now = clock.instant();
        if ((honeypot != null && !honeypot.isBlank()) || pageOpened == null) {
            return Verdict.AUTOMATED;
        }
        if (!fastestHuman.isZero() && Duration.between(pageOpened, now).compareTo(fastestHuman) < 0) {
            return Verdict.TOO_FAST;
        }
        Instant since = now.minus(WINDOW);
        synchronized (recent) {
            forgetQuiet(since);
            Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            if (times.size() >= MAX_PER_WINDOW) {
                return Verdict.TOO_MANY;
            }
            times.addLast(now);
            if (recent.size() > MAX_CLIENTS) {
                Iterator<String> eldest = recent.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        return Verdict.ACCEPT;
    }

    /** How many clients are remembered now. */
    public int clients() {
        synchronized (recent) {
            return recent.size();
        }
    }

    /**
     * Forgets the clients least recently heard from whose answers have all left the window. The map is in order of
     * last answer, so the walk stops at the first client still inside it.
     */
    private void forgetQuiet(Instant since) {
        Iterator<Map.Entry<String, Deque<Instant>>> clients = recent.entrySet().iterator();
        while (clients.hasNext()) {
            Deque<Instant> times = clients.next().getValue();
            if (!times.isEmpty() && !times.peekLast().isBefore(since)) {
                return;
            }
            clients.remove();
        }
    }
}
