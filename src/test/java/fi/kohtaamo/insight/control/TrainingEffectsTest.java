package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.stats.NpsTally;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The analyses page's effect is computed once per input and never served for another. */
class TrainingEffectsTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);
    private static final Unit ORGANISATION = new Unit("ORG", "Organisation", UnitKind.ORGANISATION, null);

    /** Six units, four of them starting in consecutive months, with {@code thisMonth} answers in December. */
    private static List<UnitFacts> units(int promotersInJune, long thisMonth) {
        List<UnitFacts> units = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<YearMonth, CustomerTally> months = new TreeMap<>();
            for (YearMonth m = NOW.minusMonths(12); m.isBefore(NOW); m = m.plusMonths(1)) {
                int promoters = m.equals(YearMonth.of(2026, 6)) ? promotersInJune : 10 + i;
                months.put(m, new CustomerTally(new NpsTally(promoters, 20, 5), 0, 0));
            }
            months.put(NOW, new CustomerTally(new NpsTally(thisMonth, 0, 0), 0, 0));
            LocalDate start = i < 4 ? LocalDate.of(2026, 5 + i, 3) : null;
            units.add(new UnitFacts(
                    new Unit("U" + i, "U" + i, UnitKind.UNIT, ORGANISATION),
                    null,
                    5,
                    5,
                    0,
                    4,
                    null,
                    start,
                    months,
                    Map.of()));
        }
        return units;
    }

    @Test
    void theSameInputIsComputedOnceAndAnotherInputAnew() {
        TrainingEffects effects = new TrainingEffects();
        StaggeredEffect.Result first =
                effects.estimate(units(12, 3), UnitFacts.Start.FIRST_WORKSHOP, StaggeredEffect.Outcome.NPS, NOW);
        assertThat(first.cells()).isNotEmpty();
        assertThat(effects.estimate(units(12, 3), UnitFacts.Start.FIRST_WORKSHOP, StaggeredEffect.Outcome.NPS, NOW))
                .isSameAs(first);
        assertThat(effects.estimate(units(12, 9), UnitFacts.Start.FIRST_WORKSHOP, StaggeredEffect.Outcome.NPS, NOW))
                .as("new answers in the month that has not ended change nothing")
                .isSameAs(first);
        StaggeredEffect.Result changed =
                effects.estimate(units(30, 3), UnitFacts.Start.FIRST_WORKSHOP, StaggeredEffect.Outcome.NPS, NOW);
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.cells()).isNotEqualTo(first.cells());
        assertThat(effects.estimate(units(12, 3), UnitFacts.Start.STAFF_COMPLETION, StaggeredEffect.Outcome.NPS, NOW))
                .isNotSameAs(first);
    }
}
