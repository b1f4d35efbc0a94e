package fi.kohtaamo.home.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.pulse.control.Pulses;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parts of the cockpit that need no database: the order of the guides, the next guide and the weakest factor. */
class CockpitsTest {

    private static final List<String> STAFF_TRACK =
            List.of("customer-experience-basics", "no-bouncing", "response-time-and-promises");

    private static GuideContent guide(String id, String... prework) {
        return new GuideContent(
                id, "1.0", 90, List.of(prework), Set.of(), Set.of(), null, null, Map.of(), Map.of(), "hash");
    }

    @Test
    void guidesFollowThePositionOfTheirPreworkInTheStaffTrackAndTheOthersComeLast() {
        Map<String, GuideContent> content = Map.of(
                "promises", guide("promises", "response-time-and-promises"),
                "feel", guide("feel", "customer-experience-basics"),
                "path", guide("path", "no-bouncing"),
                "free", guide("free"));

        assertThat(Cockpits.guideOrder(List.of("free", "path", "promises", "feel", "unknown"), content, STAFF_TRACK))
                .containsExactly("feel", "path", "promises", "free", "unknown");
    }

    @Test
    void theNextGuideIsTheFirstNeverHeldAndThenTheOneHeldLongestAgo() {
        LocalDateTime march = LocalDateTime.of(2026, 3, 1, 9, 0);
        List<String> order = List.of("feel", "path", "promises");

        assertThat(Cockpits.nextGuide(order, Map.of())).isEqualTo("feel");
        assertThat(Cockpits.nextGuide(order, Map.of("feel", march))).isEqualTo("path");
        assertThat(Cockpits.nextGuide(
                        order, Map.of("feel", march.plusMonths(2), "path", march, "promises", march.plusMonths(1))))
                .isEqualTo("path");
        assertThat(Cockpits.nextGuide(List.of(), Map.of())).isNull();
    }

    @Test
    void theWeakestFactorIsTheLowestMeanAndTheFirstAmongEquals() {
        Pulses.GroupResult result =
                new Pulses.GroupResult(8, List.of(3.5, 2.25, 4.0, 2.25, Double.NaN, 3.0), 10, List.of());

        Cockpit.Weakest weakest = Cockpits.weakest(result);

        assertThat(weakest.factor()).isEqualTo(Factor.WORKLOAD);
        assertThat(weakest.mean()).isEqualTo(2.25);
        assertThat(weakest.answers()).isEqualTo(8);
    }

    @Test
    void aResultWithoutMeansNamesNoFactor() {
        assertThat(Cockpits.weakest(new Pulses.GroupResult(5, List.of(), 0, List.of())))
                .isNull();
    }
}
