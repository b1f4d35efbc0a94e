package fi.kohtaamo.load;

import fi.kohtaamo.benchmark.BenchmarkServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Signed-in pages against the cheapest Faces page (issue #19), in one run on one node with the demo data: the sign-in
 * page without signing in (the ceiling), then the employee home, My learning, a module step and its Next, the
 * supervisor cockpit and the HR dashboard, each requested back to back by {@code pages.users} sessions of its own
 * ({@link SignedInPages}; a warm-up run of every page first), and the ceiling again at the end; printed: each page's
 * requests a second, p50 and p95, and its throughput as a share of the ceiling's (the mean of its two runs).
 *
 * <p>The database is the embedded H2 file database by default ({@code -Ddb.url=h2}) or PostgreSQL ({@code
 * -Ddb.url=jdbc:postgresql://localhost:5432/kohtaamo_pages}), emptied first so that Kohtaamo loads its demo data.
 * Anonymous pages go at one shared pace per node in production ({@code AnonymousPacing}); the node under test has it
 * raised out of the way, since the ceiling is what the server can do, not what strangers are allowed. Command and
 * results: {@code docs/benchmarks/README.md}.
 */
public final class PagesBenchmark {

    /** A page measured: the label printed, how it is requested, as whom, where, and what its answer holds. */
    record Page(String label, String kind, String user, String path, String expect) {}

    /** The pages, in the order measured (a method: {@link LoadSettings} must be read after {@code load.base} is set). */
    static List<Page> pages() {
        return List.of(
                new Page("employee home", "page", "employee.demo", "/home/employee", "<main"),
                new Page("my learning", "page", "employee.demo", "/learning/my-learning", "<main"),
                new Page("next", "next", "employee.demo", "/learning/module?id=" + LoadSettings.MODULE + "&step=1", ""),
                new Page("cockpit", "page", "supervisor.demo", "/home/supervisor", "<main"),
                new Page("hr dashboard", "page", "hr.demo", "/insight/dashboard", "Palvelupiste Kamppi"));
    }

    private static final Page CEILING = new Page("sign-in page", "login", null, "/login", "");

    private PagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("port", 8193);
        System.setProperty("load.base", "http://localhost:" + port);
        List<Page> pages = pages();
        Files.createDirectories(LoadBenchmark.OUT);
        String url = System.getProperty("db.url", "h2");
        BenchmarkServer.Database database = url.equals("h2")
                ? new BenchmarkServer.Database(
                        "jdbc:h2:file:" + LoadBenchmark.OUT.resolve("pages-h2").toAbsolutePath() + "/kohtaamo",
                        "kohtaamo",
                        "kohtaamo")
                : BenchmarkServer.Database.fromProperties(url);
        empty(database);
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + System.getProperty("server.xmx", "512m")));
        String options = System.getProperty("server.options", "");
        if (!options.isBlank()) {
            jvm.addAll(List.of(options.trim().split("\\s+")));
        }
        Map<String, String> environment =
                Map.of("KOHTAAMO_DEMO", "true", "KOHTAAMO_ANONYMOUS_PAGES_PER_SECOND", "1000000");
        List<String> summary = new ArrayList<>();
        long started = System.nanoTime();
        try (BenchmarkServer server = BenchmarkServer.start(
                database, port, jvm, LoadBenchmark.OUT.resolve("pages-server.log"), environment)) {
            summary.add(String.format(
                    Locale.ROOT,
                    "Started with the demo data in %.1f s; %s sessions a page, back to back, %s s a run",
                    (System.nanoTime() - started) / 1e9,
                    Integer.getInteger("pages.users", 16),
                    Long.getLong("pages.duration", 15)));
            long warmUp = Long.getLong("pages.warmup", 10);
            for (Page page : concat(CEILING, pages)) {
                run(page, warmUp);
            }
            Path first = run(CEILING, null);
            List<Path> reports = new ArrayList<>();
            for (Page page : pages) {
                reports.add(run(page, null));
            }
            Path last = run(CEILING, null);
            double ceiling = (rate(first, CEILING.label()) + rate(last, CEILING.label())) / 2;
            summary.add("The ceiling, first and last:");
            summary.addAll(LoadBenchmark.figures(first));
            summary.addAll(LoadBenchmark.figures(last));
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                summary.add(page.label() + ":");
                summary.addAll(LoadBenchmark.figures(reports.get(i)));
                if (page.kind().equals("next")) {
                    summary.add(ratio("step (GET)", rate(reports.get(i), "step"), ceiling));
                    summary.add(
                            ratio("next (POST + redirect, as one)", rate(reports.get(i), page.label()) / 2, ceiling));
                } else {
                    summary.add(ratio(page.label(), rate(reports.get(i), page.label()), ceiling));
                }
            }
        }
        summary.add("Database: " + (url.equals("h2") ? "embedded H2 (file)" : url));
        summary.add("Machine: " + LoadBenchmark.machine());
        System.out.println();
        summary.forEach(System.out::println);
        Files.write(LoadBenchmark.OUT.resolve("pages-summary.txt"), summary);
    }

    /**
     * A request name's requests a second while the users requested it: its count over {@code pages.duration} (every
     * user loops for that long after signing in; Gatling's own rate divides by the whole run, sign-ins included).
     */
    private static double rate(Path report, String name) throws IOException {
        return Long.parseLong(SessionsBenchmark.statistic(report, name, 2))
                / (double) Long.getLong("pages.duration", 15);
    }

    private static List<Page> concat(Page first, List<Page> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    private static String ratio(String label, double perSecond, double ceiling) {
        return String.format(
                Locale.ROOT,
                "  => %s: %.1f/s, %.2f of the sign-in page's %.1f/s",
                label,
                perSecond,
                perSecond / ceiling,
                ceiling);
    }

    /** Runs one page for the configured time, or for {@code seconds} as a warm-up; returns the report. */
    private static Path run(Page page, Long seconds) throws Exception {
        System.setProperty("pages.kind", page.kind());
        System.setProperty("pages.name", page.label());
        System.setProperty("pages.path", page.path());
        System.setProperty("pages.expect", page.expect());
        if (page.user() != null) {
            System.setProperty("pages.user", page.user());
        }
        String duration = System.getProperty("pages.duration", "15");
        if (seconds != null) {
            System.setProperty("pages.duration", String.valueOf(seconds));
        }
        try {
            return LoadBenchmark.gatling(SignedInPages.class);
        } finally {
            System.setProperty("pages.duration", duration);
        }
    }

    /** Empties the database, so that the node loads the demo data into it. */
    private static void empty(BenchmarkServer.Database database) throws IOException, java.sql.SQLException {
        if (database.url().startsWith("jdbc:h2:")) {
            Path folder = LoadBenchmark.OUT.resolve("pages-h2");
            if (Files.exists(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            return;
        }
        try (Connection db = database.connect();
                Statement statement = db.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
    }
}
