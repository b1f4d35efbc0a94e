package fi.kohtaamo.pulse.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.pulse.Subtraction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PulseDisclosureTest {

    private static final int K = 5;

    /** A tree written as child, parent pairs (parent 0 means none) and answers of each unit's own people. */
    private static Map<Long, Long> tree(long... childParent) {
        Map<Long, Long> parentOf = new HashMap<>();
        for (int i = 0; i < childParent.length; i += 2) {
            parentOf.put(childParent[i], childParent[i + 1] == 0 ? null : childParent[i + 1]);
        }
        return parentOf;
    }

    private static Map<Long, Long> answers(long... unitCount) {
        Map<Long, Long> answers = new HashMap<>();
        for (int i = 0; i < unitCount.length; i += 2) {
            answers.put(unitCount[i], unitCount[i + 1]);
        }
        return answers;
    }

    private static List<Long> shown(PulseDisclosure disclosure, Map<Long, Long> parentOf) {
        return parentOf.keySet().stream().filter(disclosure::shown).sorted().toList();
    }

    @Test
    void aSmallTeamBesideALargeOneHidesTheirParentUnlessTheParentIsKeptThenTheLargeTeamGoes() {
        Map<Long, Long> parentOf = tree(1, 0, 2, 1, 3, 1);
        Map<Long, Long> answers = answers(2, 6, 3, 2);

        PulseDisclosure plain = PulseDisclosure.of(true, parentOf, answers, K, Set.of());
        assertThat(shown(plain, parentOf)).as("8 - 6 would be the small team").containsExactly(2L);
        assertThat(plain.withheld(1L)).isEqualTo(PulseDisclosure.Withheld.PROTECTS_SMALLER);
        assertThat(plain.withheld(3L)).isEqualTo(PulseDisclosure.Withheld.TOO_FEW);

        PulseDisclosure kept = PulseDisclosure.of(true, parentOf, answers, K, Set.of(1L));
        assertThat(shown(kept, parentOf)).containsExactly(1L);
        assertThat(kept.withheld(2L)).isEqualTo(PulseDisclosure.Withheld.PROTECTS_SMALLER);
        assertThat(kept.answers(1L)).isEqualTo(8);
    }

    @Test
    void peopleAttachedToTheParentItselfAreAHiddenPartToo() {
        Map<Long, Long> parentOf = tree(1, 0, 2, 1, 3, 1);

        PulseDisclosure two = PulseDisclosure.of(true, parentOf, answers(1, 2, 2, 5, 3, 7), K, Set.of(1L));
        assertThat(shown(two, parentOf))
                .as("the smaller team goes, so 1's own two hide among five")
                .containsExactly(1L, 3L);

        PulseDisclosure five = PulseDisclosure.of(true, parentOf, answers(1, 5, 2, 5, 3, 7), K, Set.of(1L));
        assertThat(shown(five, parentOf))
                .as("five of the unit's own are enough")
                .containsExactly(1L, 2L, 3L);

        PulseDisclosure none = PulseDisclosure.of(true, parentOf, answers(2, 5, 3, 7), K, Set.of());
        assertThat(shown(none, parentOf)).as("nothing is hidden by subtraction").containsExactly(1L, 2L, 3L);
    }

    @Test
    void aHiddenPartClimbsAChainUntilItIsLargeEnoughOrNothingIsAboveIt() {
        // organisation 1; regions 2, 3; units 4, 5 in region 2, unit 6 in region 3; team 7 in unit 4
        Map<Long, Long> parentOf = tree(1, 0, 2, 1, 3, 1, 4, 2, 5, 2, 6, 3, 7, 4);
        Map<Long, Long> answers = answers(4, 10, 5, 3, 6, 10, 7, 2);

        PulseDisclosure disclosure = PulseDisclosure.of(true, parentOf, answers, K, Set.of(4L, 5L, 6L));

        assertThat(shown(disclosure, parentOf))
                .as("team 7 is inside unit 4; region 2 would reveal unit 5; the organisation would reveal it too")
                .containsExactly(3L, 4L, 6L);
        assertThat(disclosure.answers(1L)).isEqualTo(25);
        assertThat(disclosure.subtree(2L)).containsExactlyInAnyOrder(2L, 4L, 5L, 7L);
        assertThat(leaks(disclosure, parentOf, answers)).isEmpty();
    }

    @Test
    void nothingIsShownWhileTheRoundIsOpen() {
        Map<Long, Long> parentOf = tree(1, 0, 2, 1, 3, 1);

        PulseDisclosure open = PulseDisclosure.of(false, parentOf, answers(2, 50, 3, 50), K, Set.of(1L));

        assertThat(shown(open, parentOf)).isEmpty();
        assertThat(open.withheld(1L)).isEqualTo(PulseDisclosure.Withheld.ROUND_OPEN);
    }

    @Test
    void aKeptUnitWhoseTeamsAreAllLeavesGivesUpItsSmallestTeam() {
        Map<Long, Long> parentOf = tree(1, 0, 2, 1, 3, 1, 4, 1);
        Map<Long, Long> answers = answers(2, 9, 3, 6, 4, 1);

        PulseDisclosure disclosure = PulseDisclosure.of(true, parentOf, answers, K, Set.of(1L));

        assertThat(shown(disclosure, parentOf)).containsExactly(1L, 2L);
    }

    @Test
    void noShownFiguresEverSingleOutFewerThanTheThresholdInRandomOrganisations() {
        Random random = new Random(13);
        for (int run = 0; run < 2000; run++) {
            Map<Long, Long> parentOf = new HashMap<>();
            Map<Long, Long> answers = new HashMap<>();
            List<Long> units = new ArrayList<>();
            long next = 1;
            int size = 2 + random.nextInt(25);
            for (int i = 0; i < size; i++) {
                Long parent =
                        units.isEmpty() || random.nextInt(12) == 0 ? null : units.get(random.nextInt(units.size()));
                parentOf.put(next, parent);
                answers.put(next, (long) (random.nextInt(3) == 0 ? 0 : random.nextInt(9)));
                units.add(next++);
            }
            List<Long> keep = units.stream().filter(u -> random.nextBoolean()).toList();
            int threshold = 3 + random.nextInt(4);

            PulseDisclosure disclosure = PulseDisclosure.of(true, parentOf, answers, threshold, keep);

            List<Set<Long>> figures = units.stream()
                    .filter(disclosure::shown)
                    .map(u -> Subtraction.subtree(u, parentOf))
                    .toList();
            assertThat(Subtraction.leaks(figures, answers, threshold))
                    .as("run %d: %s with %s, threshold %d", run, parentOf, answers, threshold)
                    .isEmpty();
            for (Long unit : units) {
                long total = Subtraction.subtree(unit, parentOf).stream()
                        .mapToLong(answers::get)
                        .sum();
                assertThat(disclosure.answers(unit)).isEqualTo(total);
                if (total < threshold) {
                    assertThat(disclosure.shown(unit)).isFalse();
                }
            }
        }
    }

    private static List<Set<Long>> leaks(
            PulseDisclosure disclosure, Map<Long, Long> parentOf, Map<Long, Long> answers) {
        return Subtraction.leaks(
                parentOf.keySet().stream()
                        .filter(disclosure::shown)
                        .map(u -> Subtraction.subtree(u, parentOf))
                        .toList(),
                answers,
                K);
    }
}
