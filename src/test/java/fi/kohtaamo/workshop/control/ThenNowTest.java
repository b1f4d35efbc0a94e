package fi.kohtaamo.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.pulse.control.PulseDisclosure;
import fi.kohtaamo.pulse.control.Pulses;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThenNowTest {

    private static final long REGION = 1;
    private static final long TEAM = 2;
    private static final long OTHER_TEAM = 3;

    /** The region with two teams below it. */
    private static final Map<Long, Long> TREE = tree();

    private static Map<Long, Long> tree() {
        Map<Long, Long> parentOf = new HashMap<>();
        parentOf.put(REGION, null);
        parentOf.put(TEAM, REGION);
        parentOf.put(OTHER_TEAM, REGION);
        return parentOf;
    }

    /**
     * The team's reading in a closed round as {@link Pulses#readings} makes it: decided by the pulse's disclosure
     * rule over the tree, with every factor's mean {@code mean} when shown.
     */
    private static Optional<Pulses.Reading> reading(
            long unit, Map<Long, Long> answers, int threshold, double mean, Set<Long> keep) {
        PulseDisclosure disclosure = PulseDisclosure.of(true, TREE, answers, threshold, keep);
        Optional<Pulses.GroupResult> result = disclosure.shown(unit)
                ? Optional.of(new Pulses.GroupResult(
                        (int) disclosure.answers(unit),
                        Collections.nCopies(Factor.values().length, mean),
                        0,
                        List.of()))
                : Optional.empty();
        return Optional.of(new Pulses.Reading(null, result, disclosure.withheld(unit), disclosure.subtree(unit)));
    }

    private static Optional<Pulses.Reading> team(long answers, double mean) {
        return reading(TEAM, Map.of(TEAM, answers, OTHER_TEAM, 9L), 5, mean, Set.of(TEAM, OTHER_TEAM));
    }

    @Test
    void aTeamWithEnoughAnswersInBothRoundsShowsThenAndNow() {
        ThenNow shown = ThenNow.of(Factor.TOOLS, team(6, 2.5), team(7, 3.5));

        assertThat(shown.outcome()).isEqualTo(ThenNow.Outcome.SHOWN);
        assertThat(shown.then()).isEqualTo(2.5);
        assertThat(shown.now()).isEqualTo(3.5);
        assertThat(shown.getChange()).isEqualTo(1.0);
    }

    @Test
    void fewerAnswersThanTheThresholdInTheRoundAfterShowNeitherFigure() {
        ThenNow tooFew = ThenNow.of(Factor.TOOLS, team(6, 2.5), team(4, 3.5));

        assertThat(tooFew.outcome()).isEqualTo(ThenNow.Outcome.TOO_FEW);
        assertThat(tooFew.then())
                .as("the figure before alone says nothing either")
                .isNull();
        assertThat(tooFew.now()).isNull();
        assertThat(tooFew.getChange()).isNull();
    }

    @Test
    void fewerAnswersThanTheThresholdBeforeShowNeitherFigure() {
        assertThat(ThenNow.of(Factor.WORKLOAD, team(4, 2.5), team(8, 3.5)).outcome())
                .isEqualTo(ThenNow.Outcome.TOO_FEW);
    }

    @Test
    void aGroupWhoseFiguresWouldRevealASmallerOneByDifferenceShowsNeither() {
        // The region has 6 + 2 answers; showing it next to the team's 6 would give away the other team's 2.
        Optional<Pulses.Reading> region = reading(REGION, Map.of(TEAM, 6L, OTHER_TEAM, 2L), 5, 3.0, Set.of());
        Optional<Pulses.Reading> enough = reading(REGION, Map.of(TEAM, 6L, OTHER_TEAM, 6L), 5, 3.5, Set.of());

        ThenNow thenNow = ThenNow.of(Factor.COMMUNICATION, enough, region);

        assertThat(region.orElseThrow().withheld()).isEqualTo(PulseDisclosure.Withheld.PROTECTS_SMALLER);
        assertThat(thenNow.outcome()).isEqualTo(ThenNow.Outcome.TOO_FEW);
        assertThat(thenNow.now()).isNull();
    }

    @Test
    void theRoundsOwnThresholdDecides() {
        Optional<Pulses.Reading> four = reading(TEAM, Map.of(TEAM, 4L, OTHER_TEAM, 9L), 3, 4.0, Set.of(TEAM));

        assertThat(ThenNow.of(Factor.LEADERSHIP, four, four).outcome()).isEqualTo(ThenNow.Outcome.SHOWN);
    }

    @Test
    void withoutAClosedRoundAfterTheSessionItWaitsAndWithoutOneBeforeThereIsNoBaseline() {
        assertThat(ThenNow.of(Factor.TOOLS, team(6, 2.5), Optional.empty()).outcome())
                .isEqualTo(ThenNow.Outcome.WAITING);
        assertThat(ThenNow.of(Factor.TOOLS, Optional.empty(), team(6, 2.5)).outcome())
                .isEqualTo(ThenNow.Outcome.NO_BASELINE);
    }

    @Test
    void aFactorsMeanIsTakenFromItsOwnPlaceInTheResults() {
        List<Double> means = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 1.5);
        Optional<Pulses.Reading> round = Optional.of(new Pulses.Reading(
                null, Optional.of(new Pulses.GroupResult(6, means, 0, List.of())), null, Set.of(TEAM)));

        assertThat(ThenNow.of(Factor.TOOLS, round, round).now()).isEqualTo(5.0);
        assertThat(ThenNow.of(Factor.PROCESSES, round, round).then()).isEqualTo(1.5);
    }
}
