package fi.kohtaamo.platform.web;

import fi.kohtaamo.platform.metrics.Metrics;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the pages anyone may open from crowding out the people signed in. A GET of a page by someone without a session
 * (the sign-in page, a customer survey, an error page) goes at one shared {@link Pacer pace} of {@code
 * KOHTAAMO_ANONYMOUS_PAGES_PER_SECOND} (40 by default, per node: many times a large organisation's busiest morning)
 * and waits up to {@link #LONGEST_WAIT} for its turn; anything faster is a crawler or a flood, and it is answered "busy,
 * try again" (503 with {@code Retry-After}) after {@link #TARPIT} without holding a request thread, so that a client
 * sending back to back is slowed down instead of being served faster. Signed-in people, posts (the sign-in and the
 * survey's answer have their own limits), static resources, the API and the health and metrics endpoints are never
 * paced.
 *
 * <p>The threads a flood can hold are bounded by the pace times the longest wait; the answers it waits for are bounded
 * by {@link #TARPIT_LIMIT}, beyond which the busy answer goes at once. Declared in web.xml right after {@link
 * ForwardedFilter}, both asynchronous, since a request can only be put aside when every filter before it allows it.
 */
public class AnonymousPacing extends HttpFilter {

    static final Duration LONGEST_WAIT = Duration.ofSeconds(1);
    static final Duration TARPIT = Duration.ofSeconds(1);
    static final int TARPIT_LIMIT = 10_000;
    static final int RETRY_AFTER_SECONDS = 5;
    private static final List<String> NEVER_PACED =
            List.of("/jakarta.faces.resource/", "/resources/", "/api/", "/scim/", "/health/", "/metrics", "/openapi");
    private static final Logger LOG = Logger.getLogger(AnonymousPacing.class.getName());

    @Inject
    @ConfigProperty(name = "kohtaamo.anonymous.pages.per.second", defaultValue = "40")
    int perSecond;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Metrics metrics;

    private Pacer pacer;
    private final AtomicInteger waitingToBeTurnedAway = new AtomicInteger();

    @Override
    public void init() {
        pacer = new Pacer(perSecond, LONGEST_WAIT, System.nanoTime());
        LOG.info(() -> "Pages opened without a session go at most " + perSecond + " a second");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!paced(request)) {
            chain.doFilter(request, response);
            return;
        }
        long wait = pacer.reserve(System.nanoTime());
        if (wait < 0) {
            turnAway(request, response);
            return;
        }
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                busy(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean paced(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) || request.getSession(false) != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NEVER_PACED.stream().noneMatch(path::startsWith);
    }

    /** Answers busy after {@link #TARPIT}, without a thread; at once when too many already wait or it cannot wait. */
    private void turnAway(HttpServletRequest request, HttpServletResponse response) throws IOException {
        metrics.anonymousPageTurnedAway();
        if (!request.isAsyncSupported() || waitingToBeTurnedAway.incrementAndGet() > TARPIT_LIMIT) {
            if (request.isAsyncSupported()) {
                waitingToBeTurnedAway.decrementAndGet();
            }
            busy(request, response);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(TARPIT.multipliedBy(10).toMillis());
        scheduler.schedule(
                () -> {
                    try {
                        busy(request, response);
                    } catch (IOException | RuntimeException e) {
                        LOG.fine(() -> "A busy answer could not be sent: " + e);
                    } finally {
                        waitingToBeTurnedAway.decrementAndGet();
                        async.complete();
                    }
                },
                TARPIT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/html");
        if (!"HEAD".equals(request.getMethod())) {
            response.getWriter().write(UnavailablePage.html(UnavailablePage.languages(request), "busy"));
        }
    }
}
