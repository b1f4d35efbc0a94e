package fi.kohtaamo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SignInAttemptTest {

    private final LocalDateTime now = LocalDateTime.of(2026, 11, 23, 12, 0);

    @Test
    void theFifthFailureLocksForTheGivenTimeAndTheLockEnds() {
        SignInAttempt attempt = new SignInAttempt("someone");
        for (int i = 0; i < 4; i++) {
            attempt.fail(now, 5, Duration.ofMinutes(15));
        }
        assertThat(attempt.lockedAt(now)).isFalse();

        attempt.fail(now, 5, Duration.ofMinutes(15));

        assertThat(attempt.lockedAt(now.plusMinutes(14))).isTrue();
        assertThat(attempt.lockedAt(now.plusMinutes(15))).isFalse();
        assertThat(attempt.getLockedUntil()).isEqualTo(now.plusMinutes(15));
    }
}
