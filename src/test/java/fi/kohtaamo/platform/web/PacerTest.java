package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacerTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aSecondsWorthPassesAtOnceThenRequestsWaitTheirTurnAndBeyondTheLongestWaitAreRefused() {
        Pacer pacer = new Pacer(10, Duration.ofMillis(500), 0);
        for (int i = 0; i < 10; i++) {
            assertThat(pacer.reserve(0)).as("request %d of the first second", i).isZero();
        }
        // The 11th at the same moment waits one interval, the 15th five; the 16th would wait 600 ms.
        assertThat(pacer.reserve(0)).isEqualTo(SECOND / 10);
        for (int i = 2; i <= 5; i++) {
            assertThat(pacer.reserve(0)).isEqualTo(i * SECOND / 10);
        }
        assertThat(pacer.reserve(0)).isEqualTo(-1);
        assertThat(pacer.reserve(0)).as("a refused request took no turn").isEqualTo(-1);
        // Half a second later the first waiting turn has passed and the next turn is 100 ms after the last one given.
        assertThat(pacer.reserve(SECOND / 2)).isEqualTo(SECOND / 10);
    }

    @Test
    void requestsAtThePaceNeverWait() {
        Pacer pacer = new Pacer(40, Duration.ofMillis(500), 0);
        for (long t = 0; t < 10 * SECOND; t += SECOND / 40) {
            assertThat(pacer.reserve(t)).isZero();
        }
    }

    @Test
    void aQuietSpellGivesBackASecondsWorthAndNoMore() {
        Pacer pacer = new Pacer(10, Duration.ZERO, 0);
        long later = 60 * SECOND;
        int atOnce = 0;
        while (pacer.reserve(later) == 0) {
            atOnce++;
        }
        assertThat(atOnce).isEqualTo(10);
    }

    @Test
    void aPaceBelowOneIsRefused() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new Pacer(0, Duration.ZERO, 0)))
                .hasMessage("The pace must be at least one request a second, not 0");
    }
}
