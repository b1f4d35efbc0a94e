package fi.kohtaamo.survey.benchmark;

import fi.kohtaamo.platform.imports.ImportFile;
import fi.kohtaamo.survey.control.ImportMapping;
import fi.kohtaamo.survey.control.ImportRowParser;
import fi.kohtaamo.survey.control.ResponseImporter;
import fi.kohtaamo.survey.entity.Channel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Imports a generated survey export of a million rows into PostgreSQL the way Kohtaamo's background import does (parse
 * and validate every row, stage with COPY, add what is new, raise the monthly totals, one transaction), then loads the
 * same file with PostgreSQL's own {@code COPY} into a plain table, and prints both rates. Run it with the command in
 * {@code docs/benchmarks/README.md}; it is not part of the test suite.
 */
public final class ImportBenchmark {

    private static final int UNITS = 50;

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(System.getProperty("rows", "1000000"));
        String url = System.getProperty("db.url", "jdbc:postgresql://localhost:5432/kohtaamo_bench");
        String user = System.getProperty("db.user", "kohtaamo");
        String password = System.getProperty("db.password", "kohtaamo");
        Path file = Path.of(System.getProperty("file", "target/benchmark/responses-" + rows + ".csv"));

        Flyway.configure().dataSource(url, user, password).load().migrate();
        if (!Files.exists(file)) {
            generate(file, rows);
        }
        System.out.printf(Locale.ROOT, "File: %s, %,d rows, %,d MB%n", file, rows, Files.size(file) >> 20);

        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Map<String, Long> units = units(connection);
            clear(connection, units);
            System.gc();
            long start = System.nanoTime();
            ResponseImporter.Result result = importFile(connection, file, units);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = peakHeapBytes();

            double copySeconds = copy(connection, file);
            Path rowsFile = Path.of(file + ".rows.csv");
            tableRows(file, units, rowsFile);
            double likeSeconds = copyLikeForLike(connection, rowsFile);

            System.out.printf(
                    Locale.ROOT,
                    "Kohtaamo import: %,d added, %,d duplicates in %.1f s = %,.0f rows/s (peak heap %d MB, -Xmx %d MB)%n",
                    result.added(),
                    result.duplicates(),
                    importSeconds,
                    rows / importSeconds,
                    peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(
                    Locale.ROOT,
                    "PostgreSQL COPY: %,d rows in %.1f s = %,.0f rows/s%n",
                    rows,
                    copySeconds,
                    rows / copySeconds);
            System.out.printf(
                    Locale.ROOT,
                    "PostgreSQL COPY of the same rows, already parsed, into a table with customer_response's keys,"
                            + " indexes and unit reference: %.1f s = %,.0f rows/s%n",
                    likeSeconds,
                    rows / likeSeconds);
            System.out.printf(
                    Locale.ROOT,
                    "Import time / COPY time: %.2f against the plain table, %.2f like for like (target: at most 3)%n",
                    importSeconds / copySeconds,
                    importSeconds / likeSeconds);
            try (Statement statement = connection.createStatement();
                    ResultSet version = statement.executeQuery("select version()")) {
                version.next();
                System.out.println("Database: " + version.getString(1));
            }
        }
    }

    private static ResponseImporter.Result importFile(Connection connection, Path file, Map<String, Long> units)
            throws Exception {
        ImportFile source = ImportFile.open(file);
        ImportMapping mapping = ImportMapping.propose(source.headers());
        ImportRowParser parser = new ImportRowParser(
                mapping,
                code -> Optional.ofNullable(units.get(code)),
                Channel.VISIT,
                LocalDateTime.now().plusMinutes(5));
        connection.setAutoCommit(false);
        long importId = System.currentTimeMillis();
        long started = System.nanoTime();
        try (ResponseImporter importer = new ResponseImporter(
                connection, importId, java.time.Clock.system(fi.kohtaamo.platform.config.OrganisationZone.ZONE))) {
            long[] rejected = {0};
            source.read(
                    (row, cells) -> {
                        ImportRowParser.Result parsed = parser.parse(cells);
                        if (!parsed.valid()) {
                            rejected[0]++;
                            return true;
                        }
                        try {
                            importer.stage(parsed.row());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        return true;
                    },
                    f -> {});
            long staged = System.nanoTime();
            ResponseImporter.Result result = importer.complete();
            long completed = System.nanoTime();
            connection.commit();
            System.out.printf(
                    Locale.ROOT,
                    "  read, check and stage: %.1f s; add and count: %.1f s; commit: %.1f s%n",
                    (staged - started) / 1e9,
                    (completed - staged) / 1e9,
                    (System.nanoTime() - completed) / 1e9);
            if (rejected[0] > 0) {
                throw new IllegalStateException(rejected[0] + " generated rows were rejected");
            }
            return result;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static double copy(Connection connection, Path file) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists benchmark_copy");
            statement.execute("create table benchmark_copy (unit varchar(40), answered varchar(40), nps integer,"
                    + " csat integer, comment varchar(4000), channel varchar(20), response_id varchar(200))");
        }
        long start = System.nanoTime();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy benchmark_copy from stdin with (format csv, delimiter ';', header true)", reader);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table benchmark_copy");
        }
        return seconds;
    }

    /** The file's rows as customer_response rows (ids, dedupe keys and all), untimed, for the like-for-like COPY. */
    private static void tableRows(Path file, Map<String, Long> units, Path out) throws IOException {
        ImportFile source = ImportFile.open(file);
        ImportRowParser parser = new ImportRowParser(
                ImportMapping.propose(source.headers()),
                code -> Optional.ofNullable(units.get(code)),
                Channel.VISIT,
                LocalDateTime.now().plusMinutes(5));
        String now = java.sql.Timestamp.valueOf(LocalDateTime.now()).toString();
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long[] id = {0};
            source.read(
                    (row, cells) -> {
                        ImportRowParser.Row r = parser.parse(cells).row();
                        try {
                            writer.write(++id[0] + "," + r.unitId() + "," + java.sql.Timestamp.valueOf(r.answeredAt())
                                    + "," + r.nps() + "," + (r.csat() == null ? "" : r.csat()) + ","
                                    + (r.comment() == null
                                            ? ""
                                            : "\"" + r.comment().replace("\"", "\"\"") + "\"")
                                    + "," + r.channel() + ",IMPORT," + (r.externalId() == null ? "" : r.externalId())
                                    + "," + r.dedupeKey() + "," + now + ",1\n");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return true;
                    },
                    f -> {});
        }
    }

    private static double copyLikeForLike(Connection connection, Path rowsFile) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists benchmark_like");
            statement.execute("create table benchmark_like (like customer_response including all)");
            statement.execute("alter table benchmark_like add foreign key (unit_id) references unit (id)");
        }
        long start = System.nanoTime();
        try (Reader reader = Files.newBufferedReader(rowsFile, StandardCharsets.UTF_8)) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy benchmark_like (id, unit_id, answered_at, nps, csat, comment, channel, source,"
                                    + " external_id, dedupe_key, created_at, import_id) from stdin with (format csv)",
                            reader);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table benchmark_like");
        }
        return seconds;
    }

    /** Benchmark units under their own organisation, created once. */
    private static Map<String, Long> units(Connection connection) throws SQLException {
        Map<String, Long> units = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into unit (id, code, name, kind) select -1, 'BENCH', 'Benchmark', 'ORGANISATION'"
                    + " where not exists (select 1 from unit where id = -1)");
            for (int i = 1; i <= UNITS; i++) {
                statement.execute("insert into unit (id, code, name, kind, parent_id) select " + (-1 - i) + ", 'BENCH-"
                        + i + "', 'Benchmark unit " + i
                        + "', 'UNIT', -1 where not exists (select 1 from unit where id = "
                        + (-1 - i) + ")");
            }
            try (ResultSet found = statement.executeQuery("select code, id from unit where code like 'BENCH-%'")) {
                while (found.next()) {
                    units.put(found.getString(1), found.getLong(2));
                }
            }
        }
        return units;
    }

    /** Removes what an earlier run imported, so every run adds the whole file. */
    private static void clear(Connection connection, Map<String, Long> units) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // the detractor cases a run opened point at its responses
            statement.execute("delete from detractor_case_event where case_id in"
                    + " (select id from detractor_case where unit_id < 0)");
            statement.execute("delete from detractor_case where unit_id < 0");
        }
        try (PreparedStatement responses =
                        connection.prepareStatement("delete from customer_response where unit_id < 0");
                PreparedStatement months =
                        connection.prepareStatement("delete from unit_month_result where unit_id < 0")) {
            responses.executeUpdate();
            months.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze customer_response");
        }
    }

    /** A semicolon-separated export with Finnish dates, comments on a third of the rows, some with line breaks. */
    static void generate(Path file, int rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(42);
        LocalDateTime start = LocalDateTime.of(2024, 11, 1, 8, 0);
        String[] comments = {
            "Ystävällinen ja nopea palvelu", "Jonotin liian kauan", "\"Hyvä neuvonta;\nkiitos\"", "Ok", "Siisti paikka"
        };
        String[] channels = {"käynti", "puhelin", "verkko", "muu"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Yksikkö;Päivämäärä;Suositteluhalukkuus;Tyytyväisyys;Avoin palaute;Kanava;Vastaus-ID\r\n");
            for (int i = 0; i < rows; i++) {
                LocalDateTime at = start.plusMinutes(i % 1_000_000);
                int nps = Math.min(10, Math.max(0, (int) Math.round(7.5 + 2.2 * random.nextGaussian())));
                int csat = Math.min(5, Math.max(1, (nps + 1) / 2));
                out.write("BENCH-" + (1 + random.nextInt(UNITS)));
                out.write(';');
                out.write(at.getDayOfMonth() + "." + at.getMonthValue() + "." + at.getYear() + " " + at.getHour() + ":"
                        + String.format(Locale.ROOT, "%02d", at.getMinute()));
                out.write(';');
                out.write(Integer.toString(nps));
                out.write(';');
                out.write(random.nextInt(4) == 0 ? "" : Integer.toString(csat));
                out.write(';');
                out.write(random.nextInt(3) == 0 ? comments[random.nextInt(comments.length)] : "");
                out.write(';');
                out.write(channels[random.nextInt(channels.length)]);
                out.write(';');
                out.write("R" + i);
                out.write("\r\n");
            }
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
