package fi.kohtaamo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes the test database away from the server under test and gives it back, as a PostgreSQL outage looks to
 * Kohtaamo: every connection it holds is terminated and new ones are refused, while this one connection stays. Works on
 * the PostgreSQL tier only (the suite's {@code it.db.url}); on H2 a test that needs it is skipped.
 *
 * <pre>{@code
 * try (DatabaseCut cut = DatabaseCut.open()) {
 *     cut.cut();
 *     ...what people see while the database is away...
 *     cut.restore();
 * }
 * }</pre>
 */
public final class DatabaseCut implements AutoCloseable {

    private final Connection connection;
    private boolean cut;

    private DatabaseCut(Connection connection) {
        this.connection = connection;
    }

    /** A connection of its own to the suite's PostgreSQL database; skips the calling test on any other database. */
    public static DatabaseCut open() throws SQLException {
        String url = System.getProperty("it.db.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "needs the PostgreSQL tier (it.db.url)");
        return new DatabaseCut(DriverManager.getConnection(
                url, System.getProperty("it.db.user", "kohtaamo"), System.getProperty("it.db.password", "kohtaamo")));
    }

    /** Refuses new connections to the database and ends every other one. */
    public void cut() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter database " + database() + " connection limit 0");
            cut = true;
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and usename = current_user and pid <> pg_backend_pid()");
        }
    }

    /** Accepts connections again. */
    public void restore() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter database " + database() + " connection limit -1");
            cut = false;
        }
    }

    private String database() throws SQLException {
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery("select quote_ident(current_database())")) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (cut) {
                restore();
            }
        } finally {
            connection.close();
        }
    }
}
