package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.insight.control.StaggeredEffect;
import fi.kohtaamo.insight.control.Statistics;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.survey.entity.CustomerResponse;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyses page's staggered difference-in-differences on the demo's customer responses shows the story the demo
 * tells: trained units gained, by a modest amount with honest noise (the interval reaches zero on some load days), and
 * before their starts they moved like the units not yet trained, whatever day the demo is loaded on.
 */
class DemoEventStudyTest {

    private static final Unit REGION =
            new Unit("REGION", "Region", UnitKind.REGION, new Unit("PP", "Organisation", UnitKind.ORGANISATION, null));

    static Stream<LocalDateTime> loadDays() {
        return DemoResponsesTest.loadDays();
    }

    @ParameterizedTest
    @MethodSource("loadDays")
    void theEventStudyFindsTheTrainingEffectAndParallelTrendsBeforeIt(LocalDateTime now) {
        StaggeredEffect.Result result = estimate(now);

        assertThat(result.enough()).isTrue();
        Statistics.Interval overall = result.overall().orElseThrow();
        assertThat(overall.estimate())
                .as("the stories' effects are 7–9 points, reached over four months, but the counter-example (−5)"
                        + " trained first and weighs on the late months: modest, and with honest noise")
                .isBetween(1.0, 10.0);
        assertThat(result.trendsDiffer())
                .as("before training the units moved alike")
                .contains(false);
        assertThat(result.trainedUnits()).isEqualTo((int) DemoOrganisation.STORIES.stream()
                .filter(DemoOrganisation.Story::trained)
                .count());
    }

    private static StaggeredEffect.Result estimate(LocalDateTime now) {
        List<Unit> units = DemoOrganisation.STORIES.stream()
                .map(s -> new Unit(s.code(), s.code(), UnitKind.UNIT, REGION))
                .toList();
        YearMonth current = YearMonth.from(now);
        return StaggeredEffect.estimate(series(DemoResponses.generate(units, now, new Random(2024)), current), current);
    }

    /** Each story unit's monthly NPS and answers, and the month of its first workshop. */
    private static List<StaggeredEffect.Series> series(List<CustomerResponse> responses, YearMonth current) {
        Map<String, Map<YearMonth, int[]>> tallies = new HashMap<>();
        for (CustomerResponse r : responses) {
            int[] tally = tallies.computeIfAbsent(r.getUnit().getCode(), c -> new HashMap<>())
                    .computeIfAbsent(YearMonth.from(r.getAnsweredAt()), m -> new int[3]);
            tally[0]++;
            tally[1] += r.getNps() >= 9 ? 1 : 0;
            tally[2] += r.getNps() <= 6 ? 1 : 0;
        }
        List<StaggeredEffect.Series> series = new ArrayList<>();
        for (DemoOrganisation.Story story : DemoOrganisation.STORIES) {
            Map<YearMonth, StaggeredEffect.Month> months = new HashMap<>();
            tallies.getOrDefault(story.code(), Map.of())
                    .forEach((month, t) ->
                            months.put(month, new StaggeredEffect.Month(100.0 * (t[1] - t[2]) / t[0], t[0])));
            series.add(new StaggeredEffect.Series(
                    null, story.trained() ? current.minusMonths(story.startedMonthsAgo()) : null, months));
        }
        return series;
    }
}
