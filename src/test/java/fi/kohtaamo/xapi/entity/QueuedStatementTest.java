package fi.kohtaamo.xapi.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class QueuedStatementTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 0);

    @Test
    void eachRetryWaitsTwiceAsLongUpToAnHour() {
        assertThat(QueuedStatement.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(QueuedStatement.waitAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(QueuedStatement.waitAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(QueuedStatement.waitAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(QueuedStatement.waitAfter(10_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aFailureKeepsTheStatementWaitingUntilItsNextAttempt() {
        QueuedStatement statement = new QueuedStatement("id", 1, "completed module m", "{}", NOW);
        assertThat(statement.getNextAttemptAt()).isEqualTo(NOW);

        statement.failed("HTTP 503: busy", NOW);
        statement.failed(null, NOW.plusSeconds(30));

        assertThat(statement.getAttempts()).isEqualTo(2);
        assertThat(statement.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(statement.getLastError()).isEqualTo("unknown error");
        assertThat(statement.isRefused()).isFalse();
        assertThat(statement.getSentAt()).isNull();
    }

    @Test
    void aRefusalIsFinalAndKeepsTheReason() {
        QueuedStatement statement = new QueuedStatement("id", 1, "completed module m", "{}", NOW);

        statement.refused("HTTP 400: " + "x".repeat(2000));

        assertThat(statement.isRefused()).isTrue();
        assertThat(statement.getLastError()).startsWith("HTTP 400: xxx").hasSize(1000);
    }
}
