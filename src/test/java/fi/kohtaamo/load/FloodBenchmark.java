package fi.kohtaamo.load;

import fi.kohtaamo.benchmark.BenchmarkServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The anonymous flood benchmark (issue #22): one Kohtaamo node with {@code -Xmx512m} on PostgreSQL, first with
 * {@link LoadSettings#USERS} learners alone ({@link LearnerJourney}), then with the same learners while strangers
 * request the sign-in page and the customer survey at full speed ({@link LearnersUnderFlood}); printed per run: the
 * figures of each request name, the server's heap from its GC log (the range left after collections, and its floor
 * in the first and last quarter), and the learners' p95 under the flood against the run without it. Command and
 * results: {@code docs/benchmarks/README.md}.
 */
public final class FloodBenchmark {

    private FloodBenchmark() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("port", 8191);
        // Before anything reads LoadSettings, whose address is fixed when it is first read.
        System.setProperty("load.base", "http://localhost:" + port);
        BenchmarkServer.Database database =
                BenchmarkServer.Database.fromProperties("jdbc:postgresql://localhost:5432/kohtaamo_load");
        String xmx = System.getProperty("server.xmx", "512m");
        Files.createDirectories(LoadBenchmark.OUT);
        database.migrate();
        try (Connection db = database.connect()) {
            LoadBenchmark.prepare(db);
        }
        Path gcLog = LoadBenchmark.OUT.resolve("flood-server-gc.log");
        Files.deleteIfExists(gcLog);
        List<String> jvm = List.of("-Xmx" + xmx, "-Xlog:gc:file=" + gcLog);
        try (BenchmarkServer server =
                BenchmarkServer.start(database, port, jvm, LoadBenchmark.OUT.resolve("flood-server.log"))) {
            Process running = server.process();
            List<String> summary = new ArrayList<>();
            summary.add(LoadSettings.USERS + " learners arriving over " + LoadSettings.RAMP.toSeconds()
                    + " s and held for " + LoadSettings.HOLD.toSeconds() + " s, thinking "
                    + LoadSettings.THINK.toMillis() / 2 + "–" + LoadSettings.THINK.toMillis() * 3 / 2
                    + " ms; the flood: " + LearnersUnderFlood.FLOODERS + " clients back to back for "
                    + LearnersUnderFlood.FLOOD.toSeconds() + " s after the ramp (GET /login, /survey/respond?unit="
                    + LearnersUnderFlood.UNIT + ", /survey/respond?unit=NO-SUCH-CODE; any Set-Cookie is an error)");
            summary.add("Server heap: -Xmx" + xmx + "; heap figures from its GC log");

            double from = LoadBenchmark.uptime(running);
            Path alone = LoadBenchmark.gatling(LearnerJourney.class);
            double to = LoadBenchmark.uptime(running);
            summary.add("Learners alone:");
            summary.addAll(LoadBenchmark.figures(alone));
            summary.add(LoadBenchmark.heap(gcLog, from, to));
            summary.add(LoadBenchmark.growth(gcLog, from, to));
            summary.add("  report: " + alone);

            from = LoadBenchmark.uptime(running);
            Path flooded = LoadBenchmark.gatling(LearnersUnderFlood.class);
            to = LoadBenchmark.uptime(running);
            summary.add("Learners under the flood:");
            summary.addAll(LoadBenchmark.figures(flooded));
            summary.add(LoadBenchmark.heap(gcLog, from, to));
            summary.add(LoadBenchmark.growth(gcLog, from, to));
            summary.add("  report: " + flooded);

            double before = p95(alone, "learner page");
            double during = p95(flooded, "learner page");
            summary.add(String.format(
                    Locale.ROOT,
                    "Learner pages' p95: %.0f ms alone, %.0f ms under the flood: %.2f times (target at most 1.5)",
                    before,
                    during,
                    during / before));
            summary.add("Server peak resident memory: " + LoadBenchmark.peakResident(running));
            summary.add("Machine: " + LoadBenchmark.machine());
            try (Connection db = database.connect()) {
                summary.add("Database: " + BenchmarkServer.text(db, "select version()"));
            }
            System.out.println();
            summary.forEach(System.out::println);
            Files.write(LoadBenchmark.OUT.resolve("flood-summary.txt"), summary);
        }
    }

    /** The 95th percentile of one request name in a Gatling report, in milliseconds. */
    private static double p95(Path report, String name) throws java.io.IOException {
        for (Element row :
                Jsoup.parse(report.resolve("index.html").toFile()).select("table[id^=container_statistics] tr[id]")) {
            Element label = row.selectFirst(".ellipsed-name");
            if (label != null && label.text().equals(name)) {
                return Double.parseDouble(row.selectFirst("td.col-10").text().replace(",", ""));
            }
        }
        throw new IllegalStateException("No " + name + " in " + report);
    }
}
