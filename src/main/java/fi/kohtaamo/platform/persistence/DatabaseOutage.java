package fi.kohtaamo.platform.persistence;

import fi.kohtaamo.platform.Causes;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a lost database apart from every other failure, so that a page can say "temporarily unavailable, try again"
 * instead of "something went wrong".
 *
 * <p>An exception counts as a database outage when something in its cause chain is one of:
 *
 * <ul>
 *   <li>an {@link SQLException} whose SQLState is of class {@code 08} (connection exception: refused, broken, closed);
 *   <li>an {@link SQLException} with PostgreSQL's {@code 57P01} (terminated by an administrator's shutdown), {@code
 *       57P02} (crash shutdown) or {@code 57P03} (starting up or shutting down, cannot connect now);
 *   <li>a {@link ConnectException} (nothing listens at the database's address);
 *   <li>a {@link ResourceAllocationException}: the connection pool could not hand out a connection.
 * </ul>
 *
 * EclipseLink's {@code DatabaseException}, JPA's and EJB's exceptions and Faces' wrappers are looked through, since
 * they keep the driver's exception as their cause. Constraint violations, syntax errors, lock timeouts and every
 * other failure are not outages and keep their usual error page.
 *
 * <pre>{@code
 * } catch (RuntimeException e) {
 *     if (DatabaseOutage.explains(e)) { ...answer 503... } else { throw e; }
 * }</pre>
 */
public final class DatabaseOutage {

    /** PostgreSQL's "operator intervention" codes that mean the server went away or is not accepting connections. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {}

    /** Whether the database being unreachable explains this failure. */
    public static boolean explains(Throwable failure) {
        return Causes.of(failure).anyMatch(DatabaseOutage::isOutage);
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
        }
        return cause instanceof ConnectException || cause instanceof ResourceAllocationException;
    }
}
