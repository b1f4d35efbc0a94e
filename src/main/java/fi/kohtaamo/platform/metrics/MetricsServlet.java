package fi.kohtaamo.platform.metrics;

import fi.kohtaamo.platform.web.AddressList;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /metrics}: Kohtaamo's figures and the JVM's in Prometheus' text format (version 0.0.4), for a monitoring
 * system rather than a browser. There is no browser sign-in here: the scraper sends {@code Authorization: Bearer
 * <KOHTAAMO_METRICS_TOKEN>}, or scrapes from an address in {@code KOHTAAMO_METRICS_ADDRESSES} (addresses or CIDR
 * ranges; the client's address behind a trusted proxy counts, see {@code ForwardedFilter}). Anyone else gets 401
 * (a token is configured but missing or wrong), 403 (only addresses are configured), or 404 (neither is configured:
 * the figures are not published at all). web.xml leaves the address open to the servlet, which decides.
 *
 * <p>The figures: sign-ins by outcome and lock-outs, mail the server refused, when each job last ran successfully
 * (mail delivery, survey invitations, the survey import sweep and survey imports; a run that fails leaves the time
 * of the last good one, so an alert on its age catches a job that fails as well as one that stopped; all
 * counted by this node since it started, in {@link Metrics}); survey imports running and failed, the outbox backlog
 * and the mails failing in it (read from the database when scraped, so the same on every node); page times per Faces
 * view as a histogram; and the JVM's memory, garbage collection, threads, classes and CPU. {@code
 * deploy/prometheus/prometheus.yml} shows a scrape configuration.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = Logger.getLogger(MetricsServlet.class.getName());

    @Inject
    @ConfigProperty(name = "kohtaamo.metrics.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "kohtaamo.metrics.addresses")
    Optional<String> addresses;

    @Inject
    Metrics metrics;

    @Inject
    @Any
    Instance<SharedGauges> shared;

    private AddressList scrapers;

    @PostConstruct
    void configure() {
        scrapers = AddressList.parse(addresses.orElse(null));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> expected = token.map(String::strip).filter(t -> !t.isEmpty());
        if (!scrapers.contains(request.getRemoteAddr()) && !bearer(request, expected)) {
            if (expected.isPresent()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else if (addresses.filter(a -> !a.isBlank()).isPresent()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        kohtaamo(out);
        database(out);
        pages(out);
        jvm(out);
    }

    /** Whether the request carries the configured token, compared in constant time. */
    private static boolean bearer(HttpServletRequest request, Optional<String> expected) {
        String authorization = request.getHeader("Authorization");
        if (expected.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(
                authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                expected.get().getBytes(StandardCharsets.UTF_8));
    }

    private void kohtaamo(PrintWriter out) {
        type(out, "kohtaamo_sign_ins_total", "counter", "Sign-ins on this node since it started, by outcome.");
        for (String outcome : new String[] {"success", "failure"}) {
            sample(out, "kohtaamo_sign_ins_total", Map.of("outcome", outcome), metrics.signIns(outcome));
        }
        type(out, "kohtaamo_lockouts_total", "counter", "Usernames locked after too many failed sign-ins.");
        sample(out, "kohtaamo_lockouts_total", Map.of(), metrics.signIns("locked"));
        type(out, "kohtaamo_mail_failures_total", "counter", "Mails the mail server did not take (retried later).");
        sample(out, "kohtaamo_mail_failures_total", Map.of(), metrics.mailFailures());
        type(
                out,
                "kohtaamo_anonymous_pages_turned_away_total",
                "counter",
                "Pages opened without a session faster than the anonymous pace, answered busy (503).");
        sample(out, "kohtaamo_anonymous_pages_turned_away_total", Map.of(), metrics.anonymousTurnedAway());
        type(
                out,
                "kohtaamo_job_last_run_timestamp_seconds",
                "gauge",
                "When a scheduled or background job last finished its work without failing on this node (the node"
                        + " holding its lease), Unix time.");
        metrics.jobRuns()
                .forEach((job, at) -> sample(
                        out,
                        "kohtaamo_job_last_run_timestamp_seconds",
                        Map.of("job", job),
                        at.toEpochMilli() / 1000.0));
    }

    /**
     * Figures shared by every node, read from the database by the features that own them ({@link SharedGauges});
     * without a database, only {@code kohtaamo_database_up 0}.
     */
    private void database(PrintWriter out) {
        List<SharedGauges.Gauge> gauges = new ArrayList<>();
        try {
            shared.forEach(feature -> gauges.addAll(feature.read()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Metrics without the database", e);
            type(out, "kohtaamo_database_up", "gauge", "Whether the database answered this scrape.");
            sample(out, "kohtaamo_database_up", Map.of(), 0);
            return;
        }
        type(out, "kohtaamo_database_up", "gauge", "Whether the database answered this scrape.");
        sample(out, "kohtaamo_database_up", Map.of(), 1);
        gauges.sort(Comparator.comparing(SharedGauges.Gauge::name));
        for (SharedGauges.Gauge gauge : gauges) {
            type(out, gauge.name(), "gauge", gauge.help());
            sample(out, gauge.name(), Map.of(), gauge.value());
        }
    }

    private void pages(PrintWriter out) {
        type(out, "kohtaamo_page_seconds", "histogram", "Time from a Faces request to its answer, per view.");
        metrics.pages().forEach((view, times) -> {
            for (int i = 0; i < Metrics.BUCKETS.length; i++) {
                sample(
                        out,
                        "kohtaamo_page_seconds_bucket",
                        Map.of("view", view, "le", number(Metrics.BUCKETS[i])),
                        times.buckets[i].sum());
            }
            long count = times.count.sum();
            sample(out, "kohtaamo_page_seconds_bucket", Map.of("view", view, "le", "+Inf"), count);
            sample(out, "kohtaamo_page_seconds_sum", Map.of("view", view), times.nanos.sum() / 1e9);
            sample(out, "kohtaamo_page_seconds_count", Map.of("view", view), count);
        });
    }

    private static void jvm(PrintWriter out) {
        var memory = ManagementFactory.getMemoryMXBean();
        type(out, "jvm_memory_used_bytes", "gauge", "Memory used, by area.");
        type(out, "jvm_memory_committed_bytes", "gauge", "Memory committed, by area.");
        type(out, "jvm_memory_max_bytes", "gauge", "Memory the JVM may use at most, by area (-1: no limit).");
        for (var area : Map.of("heap", memory.getHeapMemoryUsage(), "nonheap", memory.getNonHeapMemoryUsage())
                .entrySet()) {
            MemoryUsage usage = area.getValue();
            sample(out, "jvm_memory_used_bytes", Map.of("area", area.getKey()), usage.getUsed());
            sample(out, "jvm_memory_committed_bytes", Map.of("area", area.getKey()), usage.getCommitted());
            sample(out, "jvm_memory_max_bytes", Map.of("area", area.getKey()), usage.getMax());
        }
        type(out, "jvm_gc_collection_seconds_count", "counter", "Garbage collections, by collector.");
        type(out, "jvm_gc_collection_seconds_sum", "counter", "Time spent in garbage collection, by collector.");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sample(out, "jvm_gc_collection_seconds_count", Map.of("gc", gc.getName()), gc.getCollectionCount());
            sample(out, "jvm_gc_collection_seconds_sum", Map.of("gc", gc.getName()), gc.getCollectionTime() / 1000.0);
        }
        var threads = ManagementFactory.getThreadMXBean();
        type(out, "jvm_threads_current", "gauge", "Live threads.");
        sample(out, "jvm_threads_current", Map.of(), threads.getThreadCount());
        type(out, "jvm_threads_peak", "gauge", "Most live threads since the start.");
        sample(out, "jvm_threads_peak", Map.of(), threads.getPeakThreadCount());
        type(out, "jvm_classes_currently_loaded", "gauge", "Classes loaded now.");
        sample(
                out,
                "jvm_classes_currently_loaded",
                Map.of(),
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        var runtime = ManagementFactory.getRuntimeMXBean();
        type(out, "process_start_time_seconds", "gauge", "When the process started, Unix time.");
        sample(out, "process_start_time_seconds", Map.of(), runtime.getStartTime() / 1000.0);
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            type(out, "process_cpu_seconds_total", "counter", "CPU time the process used.");
            sample(out, "process_cpu_seconds_total", Map.of(), os.getProcessCpuTime() / 1e9);
        }
        type(out, "jvm_available_processors", "gauge", "Processors the JVM may use.");
        sample(out, "jvm_available_processors", Map.of(), Runtime.getRuntime().availableProcessors());
    }

    private static void type(PrintWriter out, String name, String type, String help) {
        out.print("# HELP " + name + " " + help + "\n");
        out.print("# TYPE " + name + " " + type + "\n");
    }

    private static void sample(PrintWriter out, String name, Map<String, String> labels, double value) {
        StringBuilder line = new StringBuilder(name);
        if (!labels.isEmpty()) {
            line.append('{');
            new TreeMap<>(labels)
                    .forEach((label, text) -> line.append(label)
                            .append("=\"")
                            .append(text.replace("\\", "\\\\")
                                    .replace("\"", "\\\"")
                                    .replace("\n", "\\n"))
                            .append("\","));
            line.setCharAt(line.length() - 1, '}');
        }
        out.print(line.append(' ').append(number(value)).append('\n'));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : java.math.BigDecimal.valueOf(value).toPlainString();
    }
}
