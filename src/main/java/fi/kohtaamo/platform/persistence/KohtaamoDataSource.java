package fi.kohtaamo.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source behind Kohtaamo's connection pool: H2 or PostgreSQL, chosen by the database URL.
 *
 * <p>Payara pools the connections this class hands out (see {@link Database}). The URL, user and password come from
 * MicroProfile Config, so the environment variables {@code KOHTAAMO_DB_URL}, {@code KOHTAAMO_DB_USER} and {@code
 * KOHTAAMO_DB_PASSWORD} select the database; with none set Kohtaamo uses an H2 file under {@code ./data}. H2 always
 * runs in PostgreSQL mode so that one set of migrations serves both.
 */
public class KohtaamoDataSource implements DataSource {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/kohtaamo";
    static final String H2_COMPATIBILITY = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** How long opening a PostgreSQL connection may take, unless the URL sets {@code connectTimeout}. */
    static final int CONNECT_TIMEOUT_SECONDS = 1;

    private final DataSource delegate;

    public KohtaamoDataSource() {
        Config config = ConfigProvider.getConfig(KohtaamoDataSource.class.getClassLoader());
        String url = config.getOptionalValue("kohtaamo.db.url", String.class).orElse(DEFAULT_URL);
        String user = config.getOptionalValue("kohtaamo.db.user", String.class).orElse("kohtaamo");
        String password =
                config.getOptionalValue("kohtaamo.db.password", String.class).orElse("kohtaamo");
        this.delegate = create(url, user, password);
    }

    static DataSource create(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            if (!url.toLowerCase(Locale.ROOT).contains("connecttimeout=")) {
                // A database host that does not answer fails a connection within a second, not the driver's ten.
                postgres.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
            }
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(h2Url(url));
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        throw new IllegalArgumentException(
                "KOHTAAMO_DB_URL must start with jdbc:postgresql: or jdbc:h2:, but it was " + url);
    }

    /** Adds H2's PostgreSQL compatibility settings unless the URL already chooses a mode. */
    static String h2Url(String url) {
        return url.toUpperCase().contains(";MODE=") ? url : url + H2_COMPATIBILITY;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
