package fi.kohtaamo.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.pulse.entity.PulseRound;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FactorScoresTest {

    private static final LocalDate SESSION = LocalDate.of(2026, 6, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static PulseRound round(String title, LocalDate opens, LocalDate closes) {
        return new PulseRound(title, opens, closes, Set.of(1L), 1L, 5);
    }

    private static FactorScores.Rounds around(PulseRound... rounds) {
        List<PulseRound> newestFirst = Stream.of(rounds)
                .sorted(Comparator.comparing(PulseRound::getOpensOn).reversed())
                .toList();
        return FactorScores.Rounds.around(
                newestFirst,
                SESSION,
                r -> !r.getTitle().startsWith("other"),
                r -> r.getClosesOn().isBefore(TODAY));
    }

    private static String title(Optional<PulseRound> round) {
        return round.map(PulseRound::getTitle).orElse(null);
    }

    @Test
    void theLastRoundEndedBeforeTheSessionAndTheFirstOpenedFromItsDayOnAreCompared() {
        FactorScores.Rounds rounds = around(
                round("spring", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14)),
                round("may", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14)),
                round("other unit's", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5)),
                round("autumn", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 14)),
                round("november", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 14)));

        assertThat(title(rounds.before())).isEqualTo("may");
        assertThat(title(rounds.after())).as("the first after, not the latest").isEqualTo("autumn");
    }

    @Test
    void aRoundRunningOnTheSessionsDayIsNeitherBeforeNorAfter() {
        FactorScores.Rounds rounds = around(round("june", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20)));

        assertThat(rounds.before()).isEmpty();
        assertThat(rounds.after()).isEmpty();
    }

    @Test
    void whileTheFirstRoundAfterIsOpenThereIsNoAfterYet() {
        FactorScores.Rounds rounds = around(
                round("may", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14)),
                round("still open", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20)));

        assertThat(title(rounds.before())).isEqualTo("may");
        assertThat(rounds.after()).isEmpty();
    }
}
