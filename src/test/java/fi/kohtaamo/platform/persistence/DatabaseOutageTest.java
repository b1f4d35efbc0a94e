package fi.kohtaamo.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** A lost database is recognised through any wrapping, and ordinary failures are left alone. */
class DatabaseOutageTest {

    @Test
    void aRefusedConnectionIsAnOutageThroughEveryWrapper() {
        PSQLException refused = new PSQLException(
                "Connection to localhost:5432 refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        assertThat(refused.getSQLState()).isEqualTo("08001");

        assertThat(DatabaseOutage.explains(refused)).isTrue();
        assertThat(DatabaseOutage.explains(
                        new EJBException(new PersistenceException("Exception [EclipseLink-4002]", refused))))
                .isTrue();
    }

    @Test
    void aConnectionClosedByTheServerIsAnOutage() {
        assertThat(DatabaseOutage.explains(
                        new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)))
                .isTrue();
        assertThat(DatabaseOutage.explains(new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE)))
                .isTrue();
    }

    @Test
    void postgresShuttingDownOrStartingUpIsAnOutage() {
        assertThat(DatabaseOutage.explains(new RuntimeException(
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseOutage.explains(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void aPoolThatCannotAllocateAConnectionIsAnOutage() {
        SQLException pool =
                new SQLException("Error in allocating a connection. Cause: Connection could not be allocated");
        pool.initCause(new ResourceAllocationException("Connection could not be allocated"));

        assertThat(DatabaseOutage.explains(new PersistenceException(pool))).isTrue();
    }

    @Test
    void ordinaryFailuresAreNotOutages() {
        assertThat(DatabaseOutage.explains(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.explains(
                        new PersistenceException(new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION))))
                .isFalse();
        assertThat(DatabaseOutage.explains(new SQLIntegrityConstraintViolationException("null value", "23502")))
                .isFalse();
        assertThat(DatabaseOutage.explains(new PSQLException("syntax error", PSQLState.SYNTAX_ERROR)))
                .isFalse();
        assertThat(DatabaseOutage.explains(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.explains(new ResourceException("some other resource adapter failed")))
                .isFalse();
        assertThat(DatabaseOutage.explains(null)).isFalse();
    }

    @Test
    void aCauseChainWithALoopEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseOutage.explains(second)).isFalse();
    }
}
