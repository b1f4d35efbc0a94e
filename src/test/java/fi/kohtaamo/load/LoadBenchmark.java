package fi.kohtaamo.load;

import fi.kohtaamo.benchmark.BenchmarkServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The learner load benchmark (issue #7): starts one Kohtaamo node with {@code -Xmx512m} on PostgreSQL, makes sure
 * the load employees exist and have not started the module yet, runs Gatling's {@link StaticCeiling} and then
 * {@link LearnerJourney} against it, and prints throughput, p50/p95/p99 and errors of both beside the server's heap:
 * the peak in use and the heap left after each collection, from the server's own GC log, whose trend over the run
 * shows whether memory grows. Command and results: {@code docs/benchmarks/README.md}.
 */
public final class LoadBenchmark {

    static final Path OUT = Path.of("target", "load");
    private static final Pattern GC = Pattern.compile("^\\[([0-9.]+)s\\].*Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkServer.Database database =
                BenchmarkServer.Database.fromProperties("jdbc:postgresql://localhost:5432/kohtaamo_load");
        int port = Integer.getInteger("port", 8190);
        String xmx = System.getProperty("server.xmx", "512m");
        Files.createDirectories(OUT);
        database.migrate();
        try (Connection db = database.connect()) {
            prepare(db);
        }

        Path gcLog = OUT.resolve("server-gc.log");
        Files.deleteIfExists(gcLog);
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + xmx, "-Xlog:gc:file=" + gcLog));
        // Further JVM options for the server, such as a flight recording: -Dserver.options="-XX:StartFlightRecording=…"
        String options = System.getProperty("server.options", "").trim();
        if (!options.isEmpty()) {
            jvm.addAll(List.of(options.split("\\s+")));
        }
        try (BenchmarkServer server = BenchmarkServer.start(database, port, jvm, OUT.resolve("server.log"))) {
            Process running = server.process();
            System.setProperty("load.base", server.base);
            System.out.println("Kohtaamo " + server.base + " (pid " + running.pid() + ", -Xmx" + xmx + "), "
                    + LoadSettings.USERS + " users, ramp " + LoadSettings.RAMP.toSeconds() + " s, hold "
                    + LoadSettings.HOLD.toSeconds() + " s");
            List<String> summary = new ArrayList<>();
            summary.add(LoadSettings.USERS + " virtual users, arriving over " + LoadSettings.RAMP.toSeconds()
                    + " s, then held for " + LoadSettings.HOLD.toSeconds() + " s (figures cover both); learners think "
                    + (LoadSettings.THINK.isZero()
                            ? "not at all (back to back: capacity)"
                            : LoadSettings.THINK.toMillis() / 2 + "–" + LoadSettings.THINK.toMillis() * 3 / 2
                                    + " ms between pages and answers"));
            summary.add("Server heap: -Xmx" + xmx + "; heap figures from its GC log");
            if (!System.getProperty("load.ceiling", "true").equals("false")) {
                double from = uptime(running);
                Path ceiling = gatling(StaticCeiling.class);
                summary.add("Static ceiling (" + StaticCeiling.RESOURCE + "):");
                summary.addAll(figures(ceiling));
                summary.add(heap(gcLog, from, uptime(running)));
                summary.add("  report: " + ceiling);
            }
            double from = uptime(running);
            Path journey = gatling(LearnerJourney.class);
            double to = uptime(running);
            summary.add("Learner journey (" + LoadSettings.MODULE + ", " + LoadSettings.EMPLOYEES + " employees):");
            summary.addAll(figures(journey));
            summary.add(heap(gcLog, from, to));
            summary.add(growth(gcLog, from, to));
            summary.add("  report: " + journey);
            summary.add("Server peak resident memory: " + peakResident(running));
            summary.add("Machine: " + machine());
            try (Connection db = database.connect()) {
                summary.add("Database: " + BenchmarkServer.text(db, "select version()"));
            }
            System.out.println();
            summary.forEach(System.out::println);
            Files.write(OUT.resolve("summary.txt"), summary);
        }
    }

    /** The load organisation (made once), and every load employee back at the start of the module. */
    static void prepare(Connection db) throws Exception {
        int employees = LoadSettings.EMPLOYEES;
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("delete from step_answer where progress_id in"
                    + " (select id from module_progress where person_id <= -500001)");
            sql.execute("delete from module_progress where person_id <= -500001");
            sql.execute("delete from unit_month_completion where unit_id <= -5001");
            if (BenchmarkServer.single(db, "select count(*) from person where username like 'load%' and id <= -500001")
                    < employees) {
                System.out.println("Making " + employees + " load employees…");
                sql.execute("delete from person_role where person_id <= -500001");
                sql.execute("delete from person where id <= -500001");
                sql.execute("delete from unit where id <= -5000");
                sql.execute("insert into unit (id, code, name, kind, parent_id) values (-5000, 'LD-ORG', 'Load Oy',"
                        + " 'ORGANISATION', null)");
                // A hundred people a unit, as in a real organisation: a completion recounts its unit's totals
                sql.execute("insert into unit (id, code, name, kind, parent_id) select -5000 - u, 'LD-U' || u,"
                        + " 'Kuormayksikkö ' || u, 'UNIT', -5000 from generate_series(1, " + (employees + 99) / 100
                        + ") u");
                try (PreparedStatement people = db.prepareStatement("insert into person (id, username, email,"
                        + " first_name, last_name, unit_id, active, created_at, password_hash, preferred_language)"
                        + " select -500000 - n, 'load' || n, 'load' || n || '@load.example', 'Kuorma', 'Testi' || n,"
                        + " -5000 - (1 + (n - 1) / 100), true, now(), ?, 'en' from generate_series(1, " + employees
                        + ") n")) {
                    people.setString(1, BenchmarkServer.passwordHash(LoadSettings.PASSWORD));
                    people.executeUpdate();
                }
                sql.execute("insert into person_role (person_id, role) select -500000 - n, 'EMPLOYEE'"
                        + " from generate_series(1, " + employees + ") n");
            }
            sql.execute("analyze");
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /** Runs one simulation in this JVM and answers its report's folder. */
    static Path gatling(Class<?> simulation) throws Exception {
        Path results = OUT.resolve("gatling");
        Files.createDirectories(results);
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(
                new String[] {"--simulation", simulation.getName(), "--results-folder", results.toString()});
        String prefix = simulation.getSimpleName().toLowerCase(Locale.ROOT) + "-";
        try (Stream<Path> runs = Files.list(results)) {
            Path report = runs.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report for " + simulation.getName()));
            if (status != 0) {
                System.out.println(simulation.getSimpleName() + ": Gatling's assertions failed (status " + status
                        + "); reported below, not a build failure");
            }
            return report;
        }
    }

    /**
     * Throughput, percentiles and errors of all requests and per request name, from the statistics table of a
     * Gatling report (Gatling 3.15 writes them into {@code index.html} only): columns total, OK, KO, % KO, per second,
     * min, 50th, 75th, 95th and 99th percentile, max.
     */
    static List<String> figures(Path report) throws IOException {
        Document index = Jsoup.parse(report.resolve("index.html").toFile());
        if (!index.select("th#col-10").text().contains("95th")
                || !index.select("th#col-11").text().contains("99th")) {
            throw new IllegalStateException("The Gatling report's statistics table has changed: " + report);
        }
        List<String> lines = new ArrayList<>();
        for (Element row : index.select("table[id^=container_statistics] tr[id]")) {
            Element name = row.selectFirst(".ellipsed-name");
            if (name == null) {
                continue;
            }
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-15s %8s requests, %7s/s, p50 %5s ms, p95 %5s ms, p99 %5s ms, max %5s ms, errors %s (%s %%)",
                    name.text(),
                    cell(row, 2),
                    cell(row, 6),
                    cell(row, 8),
                    cell(row, 10),
                    cell(row, 11),
                    cell(row, 12),
                    cell(row, 4),
                    cell(row, 5)));
        }
        return lines;
    }

    private static String cell(Element row, int column) {
        Element cell = row.selectFirst("td.col-" + column);
        return cell == null ? "?" : cell.text();
    }

    /** Heap figures of one phase: the largest heap in use before a collection, and the range left after them. */
    static String heap(Path gcLog, double from, double to) throws IOException {
        List<int[]> pauses = pauses(gcLog, from, to);
        if (pauses.isEmpty()) {
            return "  heap: no collections";
        }
        int peak = pauses.stream().mapToInt(p -> p[0]).max().orElse(0);
        int afterMin = pauses.stream().mapToInt(p -> p[1]).min().orElse(0);
        int afterMax = pauses.stream().mapToInt(p -> p[1]).max().orElse(0);
        return String.format(
                Locale.ROOT,
                "  heap: %d collections, peak in use %d MB, left after a collection %d–%d MB",
                pauses.size(),
                peak,
                afterMin,
                afterMax);
    }

    /**
     * Whether memory grows: the heap left after collections in the first and the last quarter of the learner run (a
     * leak shows as a rising floor, so the lowest value of each quarter is compared).
     */
    static String growth(Path gcLog, double from, double to) throws IOException {
        double quarter = (to - from) / 4;
        List<int[]> first = pauses(gcLog, from, from + quarter);
        List<int[]> last = pauses(gcLog, to - quarter, to);
        if (first.isEmpty() || last.isEmpty()) {
            return "  growth: too few collections to tell";
        }
        int start = first.stream().mapToInt(p -> p[1]).min().orElse(0);
        int end = last.stream().mapToInt(p -> p[1]).min().orElse(0);
        return String.format(
                Locale.ROOT,
                "  growth: lowest heap after a collection %d MB in the first quarter of the learner run, %d MB in the"
                        + " last (%+d MB)",
                start,
                end,
                end - start);
    }

    /** Collections between two server uptimes, each as {before, after} in MB. */
    private static List<int[]> pauses(Path gcLog, double from, double to) throws IOException {
        List<int[]> pauses = new ArrayList<>();
        for (String line : Files.readAllLines(gcLog)) {
            Matcher matcher = GC.matcher(line);
            if (matcher.find()) {
                double at = Double.parseDouble(matcher.group(1));
                if (at >= from && at < to) {
                    pauses.add(new int[] {Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))});
                }
            }
        }
        return pauses;
    }

    /** Seconds since the server started, on the clock its GC log uses. */
    static double uptime(Process server) {
        Instant started = server.info().startInstant().orElseThrow();
        return Duration.between(started, Instant.now()).toMillis() / 1000.0;
    }

    static String peakResident(Process server) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(server.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> l.substring("VmHWM:".length()).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
        } catch (IOException e) {
            // not Linux
        }
        String memory = "unknown memory";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GB RAM")
                    .findFirst()
                    .orElse(memory);
        } catch (IOException e) {
            // not Linux
        }
        return String.format(
                Locale.ROOT,
                "%s, %d cores, %s, %s %s, Java %s; Gatling on the same machine",
                cpu,
                Runtime.getRuntime().availableProcessors(),
                memory,
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.version"));
    }
}
