package fi.kohtaamo.load;

import fi.kohtaamo.benchmark.BenchmarkServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Whether signed-in pages slow down as sessions pile up (issue #22), in one run on one node with {@code -Xmx512m} on
 * PostgreSQL: My learning's capacity ({@link MyLearningCapacity}, a warm-up first), then {@link PiledSignIns} sign-ins
 * that stay signed in, then the capacity again; printed: both throughputs and their ratio, and the heap in use after a
 * full collection before and after the sign-ins, whose difference divided by their number is what one signed-in
 * learner's session costs. Command and results: {@code docs/benchmarks/README.md}.
 */
public final class SessionsBenchmark {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private SessionsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("port", 8192);
        System.setProperty("load.base", "http://localhost:" + port);
        BenchmarkServer.Database database =
                BenchmarkServer.Database.fromProperties("jdbc:postgresql://localhost:5432/kohtaamo_load");
        Files.createDirectories(LoadBenchmark.OUT);
        database.migrate();
        try (Connection db = database.connect()) {
            LoadBenchmark.prepare(db);
        }
        List<String> jvm = List.of("-Xmx" + System.getProperty("server.xmx", "512m"));
        try (BenchmarkServer server =
                BenchmarkServer.start(database, port, jvm, LoadBenchmark.OUT.resolve("sessions-server.log"))) {
            long pid = server.process().pid();
            List<String> summary = new ArrayList<>();
            summary.add(MyLearningCapacity.USERS + " signed-in employees open My learning back to back for "
                    + MyLearningCapacity.DURATION.toSeconds() + " s; between two such runs "
                    + PiledSignIns.SIGN_INS + " more sign-ins over " + PiledSignIns.OVER.toSeconds()
                    + " s that never sign out (each opens My learning once)");

            LoadBenchmark.gatling(MyLearningCapacity.class);
            long heapBefore = heapAfterFullCollection(pid);
            Path before = LoadBenchmark.gatling(MyLearningCapacity.class);
            summary.add("With no other sessions (after a warm-up run):");
            summary.addAll(LoadBenchmark.figures(before));

            Path piled = LoadBenchmark.gatling(PiledSignIns.class);
            summary.add("The sign-ins:");
            summary.addAll(LoadBenchmark.figures(piled));
            long heapAfter = heapAfterFullCollection(pid);

            Path after = LoadBenchmark.gatling(MyLearningCapacity.class);
            summary.add("With " + PiledSignIns.SIGN_INS + " more sessions:");
            summary.addAll(LoadBenchmark.figures(after));

            double first = perSecond(before, "my learning");
            double second = perSecond(after, "my learning");
            summary.add(String.format(
                    Locale.ROOT,
                    "My learning: %.1f/s with no other sessions, %.1f/s with %d more: %.2f of the first",
                    first,
                    second,
                    PiledSignIns.SIGN_INS,
                    second / first));
            summary.add(String.format(
                    Locale.ROOT,
                    "Heap in use after a full collection: %d KB before the sign-ins, %d KB after: %.1f KB a session",
                    heapBefore,
                    heapAfter,
                    (heapAfter - heapBefore) / (double) (PiledSignIns.SIGN_INS + MyLearningCapacity.USERS)));
            summary.add("Machine: " + LoadBenchmark.machine());
            try (Connection db = database.connect()) {
                summary.add("Database: " + BenchmarkServer.text(db, "select version()"));
            }
            System.out.println();
            summary.forEach(System.out::println);
            Files.write(LoadBenchmark.OUT.resolve("sessions-summary.txt"), summary);
        }
    }

    /** The node's heap in use, in KB, right after a full collection (jcmd GC.run, then GC.heap_info). */
    static long heapAfterFullCollection(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap use in: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    /** Requests a second of one request name in a Gatling report. */
    static double perSecond(Path report, String name) throws IOException {
        return Double.parseDouble(statistic(report, name, 6));
    }

    /**
     * One column of one request name's row in a Gatling report's statistics table (2 the requests, 6 a second; see
     * {@link LoadBenchmark#figures}), without thousands separators.
     */
    static String statistic(Path report, String name, int column) throws IOException {
        for (Element row :
                Jsoup.parse(report.resolve("index.html").toFile()).select("table[id^=container_statistics] tr[id]")) {
            Element label = row.selectFirst(".ellipsed-name");
            if (label != null && label.text().equals(name)) {
                return row.selectFirst("td.col-" + column).text().replace(",", "");
            }
        }
        throw new IllegalStateException("No " + name + " in " + report);
    }
}
