package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.survey.control.SubmissionGuard.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SubmissionGuardTest {

    private Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final SubmissionGuard guard = new SubmissionGuard();

    private Verdict answer(String client) {
        guard.clock = Clock.fixed(now, ZoneOffset.UTC);
        return guard.check(client, "", now.minusSeconds(30));
    }

    @Test
    void theEleventhAnswerInTenMinutesIsRefusedAndAnotherClientIsNot() {
        for (int i = 0; i < SubmissionGuard.MAX_PER_WINDOW; i++) {
            assertThat(answer("203.0.113.9")).isEqualTo(Verdict.ACCEPT);
        }
        assertThat(answer("203.0.113.9")).isEqualTo(Verdict.TOO_MANY);
        assertThat(answer("203.0.113.10")).isEqualTo(Verdict.ACCEPT);

        now = now.plus(SubmissionGuard.WINDOW).plusSeconds(1);
        assertThat(answer("203.0.113.9")).as("after the window").isEqualTo(Verdict.ACCEPT);
    }

    @Test
    void clientsWhoseAnswersLeftTheWindowAreForgotten() {
        for (int i = 0; i < 500; i++) {
            answer("198.51.100." + (i % 250) + "-" + i);
        }
        assertThat(guard.clients()).isEqualTo(500);

        now = now.plus(SubmissionGuard.WINDOW).plusSeconds(1);
        answer("203.0.113.9");

        assertThat(guard.clients()).isEqualTo(1);
    }

    @Test
    void theMemoryIsBoundedHoweverManyClientsComeAtOnce() {
        for (int i = 0; i < SubmissionGuard.MAX_CLIENTS + 5_000; i++) {
            answer("client-" + i);
            now = now.plusMillis(1);
        }
        assertThat(guard.clients()).isEqualTo(SubmissionGuard.MAX_CLIENTS);

        // The busiest recent client is still counted: the ones forgotten were the least recently heard from.
        for (int i = 0; i < SubmissionGuard.MAX_PER_WINDOW - 1; i++) {
            answer("client-" + (SubmissionGuard.MAX_CLIENTS + 4_999));
        }
        assertThat(answer("client-" + (SubmissionGuard.MAX_CLIENTS + 4_999))).isEqualTo(Verdict.TOO_MANY);
        assertThat(answer("client-0")).as("forgotten, so counted afresh").isEqualTo(Verdict.ACCEPT);
    }

    @Test
    void aFilledHiddenFieldIsAutomatedAndAnAnswerFasterThanAPersonIsTooFast() {
        guard.clock = Clock.fixed(now, ZoneOffset.UTC);
        assertThat(guard.check("203.0.113.9", "http://spam.example", now.minusSeconds(30)))
                .isEqualTo(Verdict.AUTOMATED);
        assertThat(guard.check("203.0.113.9", "", now.minus(Duration.ofMillis(500))))
                .isEqualTo(Verdict.TOO_FAST);
        assertThat(guard.check("203.0.113.9", "", null)).isEqualTo(Verdict.AUTOMATED);
        assertThat(guard.clients()).as("refused answers are not counted").isZero();
    }

    @Test
    void anAnswerSoonerThanTheConfiguredMinimumIsTooFastAndOneAfterItIsAccepted() {
        guard.fastestHuman = Duration.ofSeconds(5);
        guard.clock = Clock.fixed(now, ZoneOffset.UTC);

        assertThat(guard.check("203.0.113.9", "", now.minus(Duration.ofMillis(4_999))))
                .isEqualTo(Verdict.TOO_FAST);
        assertThat(guard.check("203.0.113.9", "", now.minusSeconds(5))).isEqualTo(Verdict.ACCEPT);
    }

    @Test
    void aMinimumOfZeroAcceptsAnAnswerAtOnceButStillNeedsTheStampAndAnEmptyHiddenField() {
        guard.fastestHuman = Duration.ZERO;
        guard.clock = Clock.fixed(now, ZoneOffset.UTC);

        assertThat(guard.check("203.0.113.9", "", now)).isEqualTo(Verdict.ACCEPT);
        assertThat(guard.check("203.0.113.9", "", now.plusMillis(50)))
                .as("a stamp from a node whose clock runs a little ahead")
                .isEqualTo(Verdict.ACCEPT);
        assertThat(guard.check("203.0.113.9", "", null)).isEqualTo(Verdict.AUTOMATED);
        assertThat(guard.check("203.0.113.9", "http://spam.example", now)).isEqualTo(Verdict.AUTOMATED);
    }
}
