package fi.kohtaamo.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.entity.Factor;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotVoteTest {

    private static DotVote wall(int... dots) {
        DotVote vote = new DotVote(1L);
        Factor[] factors = Factor.values();
        List<DotVote.Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < dots.length; i++) {
            sheets.add(new DotVote.Sheet(factors[i], BigDecimal.valueOf(3), dots[i]));
        }
        vote.record(sheets, 1L, LocalDateTime.of(2026, 12, 4, 10, 0));
        return vote;
    }

    @Test
    void theTwoFactorsWithTheMostChoiceDotsAreChosenMostFirst() {
        assertThat(wall(5, 9, 1, 0, 7, 2).chosen()).contains(List.of(Factor.WORKLOAD, Factor.TOOLS));
    }

    @Test
    void aTieForSecondPlaceChoosesNothingUntilTheRoomBreaksIt() {
        assertThat(wall(5, 9, 1, 0, 5, 2).chosen()).isEmpty();
        assertThat(wall(5, 9, 1, 0, 6, 2).chosen()).contains(List.of(Factor.WORKLOAD, Factor.TOOLS));
    }

    @Test
    void aTieForFirstPlaceBetweenTwoChoosesBoth() {
        assertThat(wall(4, 4, 1, 0, 0, 0).chosen())
                .hasValueSatisfying(
                        chosen -> assertThat(chosen).containsExactlyInAnyOrder(Factor.COMMUNICATION, Factor.WORKLOAD));
    }

    @Test
    void fewerThanTwoFactorsWithDotsChooseNothing() {
        assertThat(wall(0, 3, 0, 0, 0, 0).chosen()).isEmpty();
        assertThat(wall(0, 0, 0, 0, 0, 0).chosen()).isEmpty();
    }
}
