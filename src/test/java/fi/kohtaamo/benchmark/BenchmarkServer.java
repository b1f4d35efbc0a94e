package fi.kohtaamo.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;

/**
 * What the benchmarks that measure Kohtaamo over HTTP share: one Kohtaamo node started from {@code
 * target/payara-micro.jar} and {@code target/kohtaamo.war} on a database of their own, without demo data, and a few
 * database helpers.
 */
public final class BenchmarkServer implements AutoCloseable {

    /**
     * The benchmark's own database, from {@code -Ddb.url} (else the given default), {@code -Ddb.user} and {@code
     * -Ddb.password} (both {@code kohtaamo} by default).
     */
    public record Database(String url, String user, String password) {

        public static Database fromProperties(String defaultUrl) {
            return new Database(
                    System.getProperty("db.url", defaultUrl),
                    System.getProperty("db.user", "kohtaamo"),
                    System.getProperty("db.password", "kohtaamo"));
        }

        /** Brings the schema up to date with Kohtaamo's migrations. */
        public void migrate() {
            Flyway.configure().dataSource(url, user, password).load().migrate();
        }

        public Connection connect() throws java.sql.SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private final Process process;
    private final Path log;

    /** The node's address, without a trailing slash. */
    public final String base;

    private BenchmarkServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.base = "http://localhost:" + port;
    }

    /**
     * Starts a node on {@code port} against the database and waits until {@code /health/ready} answers 200.
     *
     * @param jvmOptions the node's JVM options (heap size, GC log, flight recording)
     * @param log where the node's output goes
     */
    public static BenchmarkServer start(Database database, int port, List<String> jvmOptions, Path log)
            throws IOException, InterruptedException {
        return start(database, port, jvmOptions, log, Map.of());
    }

    /**
     * As {@link #start(Database, int, List, Path)}, with environment variables that replace the defaults (such as
     * {@code KOHTAAMO_DEMO=true} for a node that loads the demo data into an empty database).
     */
    public static BenchmarkServer start(
            Database database, int port, List<String> jvmOptions, Path log, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                "target/payara-micro.jar",
                "--nocluster",
                "--deploy",
                "target/kohtaamo.war",
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port)));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KOHTAAMO_DB_URL", database.url());
        builder.environment().put("KOHTAAMO_DB_USER", database.user());
        builder.environment().put("KOHTAAMO_DB_PASSWORD", database.password());
        builder.environment().put("KOHTAAMO_DEMO", "false");
        builder.environment()
                .put(
                        "KOHTAAMO_IMPORT_DIR",
                        log.resolveSibling("benchmark-imports").toString());
        builder.environment().putAll(environment);
        BenchmarkServer server = new BenchmarkServer(builder.start(), log, port);
        try {
            server.waitUntilReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The node's process, for its pid, start time and memory. */
    public Process process() {
        return process;
    }

    private void waitUntilReady() throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest health =
                HttpRequest.newBuilder(URI.create(base + "/health/ready")).build();
        for (int i = 0; i < 180; i++) {
            if (!process.isAlive()) {
                break;
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Kohtaamo did not start; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The first column of the first row of a query, as a number. */
    public static long single(Connection db, String sql) throws java.sql.SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the first row of a query, as text. */
    public static String text(Connection db, String sql) throws java.sql.SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A password hash in the format Kohtaamo's identity store reads (Jakarta Security's PBKDF2 hash). */
    public static String passwordHash(String password) throws java.security.GeneralSecurityException {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256))
                .getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:210000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }
}
