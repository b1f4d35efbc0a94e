package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

/**
 * The staggered difference-in-differences on a case computed by hand, and on simulated organisations whose true
 * effect is known: the interval covers it as often as it says, the estimate is unbiased, and broken parallel trends
 * show in the months before training.
 */
class StaggeredEffectTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth MAY = YearMonth.of(2026, 5);

    /** A unit with ten answers in each month, its values from January on. */
    private static StaggeredEffect.Series unit(long id, YearMonth start, double... values) {
        Map<YearMonth, StaggeredEffect.Month> months = new TreeMap<>();
        for (int m = 0; m < values.length; m++) {
            months.put(JAN.plusMonths(m), new StaggeredEffect.Month(values[m], 10));
        }
        return new StaggeredEffect.Series(id, start, months);
    }

    /**
     * Two cohorts (March, April) and two units that never start, January–April; May has not ended. By hand, with equal
     * weights: ATT(Mar, Mar) = (40 − 20) − mean(10, 5, 5) = 13⅓, ATT(Mar, Apr) = 30 − 10 = 20 (the April cohort has
     * started and is no longer a comparison), ATT(Apr, Apr) = 30 − 5 = 25; before the start ATT(Mar, Jan) = −10 −
     * mean(−10, −5, 0) = −5, ATT(Apr, Feb) = −10 − (−5) = −5, ATT(Apr, Jan) = −20 − (−7.5) = −12.5.
     */
    private static List<StaggeredEffect.Series> handCase(double mayValue) {
        return List.of(
                unit(1, YearMonth.of(2026, 3), 10, 20, 40, 50, mayValue),
                unit(2, YearMonth.of(2026, 4), 0, 10, 20, 50, mayValue),
                unit(3, null, 5, 10, 15, 20, -mayValue),
                unit(4, null, 30, 30, 35, 40, -mayValue));
    }

    private static final StaggeredEffect.Settings TWO_UNITS = new StaggeredEffect.Settings(99, 1, 1);

    @Test
    void groupTimeEffectsAndAggregatesMatchTheHandComputedCase() {
        StaggeredEffect.Result result = StaggeredEffect.estimate(handCase(90), MAY, TWO_UNITS);

        assertThat(result.cells())
                .extracting(c -> c.cohort() + " " + c.month() + " " + c.event())
                .containsExactlyInAnyOrder(
                        "2026-03 2026-01 -2",
                        "2026-03 2026-03 0",
                        "2026-03 2026-04 1",
                        "2026-04 2026-01 -3",
                        "2026-04 2026-02 -2",
                        "2026-04 2026-04 0");
        assertThat(effect(result, "2026-03", "2026-03")).isCloseTo(40.0 / 3, within(1e-9));
        assertThat(effect(result, "2026-03", "2026-04")).isCloseTo(20, within(1e-9));
        assertThat(effect(result, "2026-04", "2026-04")).isCloseTo(25, within(1e-9));
        assertThat(effect(result, "2026-03", "2026-01")).isCloseTo(-5, within(1e-9));
        assertThat(effect(result, "2026-04", "2026-02")).isCloseTo(-5, within(1e-9));
        assertThat(effect(result, "2026-04", "2026-01")).isCloseTo(-12.5, within(1e-9));
        assertThat(cell(result, "2026-03", "2026-03").trainedUnits()).isEqualTo(1);
        assertThat(cell(result, "2026-03", "2026-03").comparisonUnits())
                .as("the April cohort and both units that never start")
                .isEqualTo(3);
        assertThat(cell(result, "2026-03", "2026-04").comparisonUnits()).isEqualTo(2);

        // Every cell has one trained unit with 10·10/20 = 5 weight, so the aggregates are plain means.
        assertThat(result.overall().orElseThrow().estimate()).isCloseTo((40.0 / 3 + 20 + 25) / 3, within(1e-9));
        assertThat(event(result, 0)).isCloseTo((40.0 / 3 + 25) / 2, within(1e-9));
        assertThat(event(result, 1)).isCloseTo(20, within(1e-9));
        assertThat(event(result, -2)).isCloseTo(-5, within(1e-9));
        assertThat(event(result, -3)).isCloseTo(-12.5, within(1e-9));
        assertThat(result.events().get(5).base()).isTrue();
        assertThat(result.events().get(5).effect())
                .as("the base month is the reference")
                .isEmpty();
        assertThat(result.preTrend().orElseThrow().estimate()).isCloseTo(-7.5, within(1e-9));
        assertThat(result.units()).isEqualTo(4);
        assertThat(result.trainedUnits()).isEqualTo(2);
        assertThat(result.comparisonUnits()).isEqualTo(3);
        assertThat(result.answers())
                .as("four months of ten answers, May left out")
                .isEqualTo(160);
        assertThat(result.replications()).isEqualTo(99);
        Statistics.Interval overall = result.overall().orElseThrow();
        assertThat(overall.low()).isLessThan(overall.estimate());
        assertThat(overall.high()).isGreaterThan(overall.estimate());
    }

    @Test
    void aMonthThatHasNotEndedIsNeverUsed() {
        StaggeredEffect.Result withMay = StaggeredEffect.estimate(handCase(90), MAY, TWO_UNITS);
        StaggeredEffect.Result otherMay = StaggeredEffect.estimate(handCase(-80), MAY, TWO_UNITS);
        assertThat(otherMay.cells()).isEqualTo(withMay.cells());
        assertThat(otherMay.overall()).isEqualTo(withMay.overall());
        assertThat(withMay.cells()).noneMatch(c -> !c.month().isBefore(MAY));
    }

    @Test
    void unequalAnswersWeighTheUnitsChanges() {
        Map<YearMonth, StaggeredEffect.Month> big = new TreeMap<>();
        big.put(JAN, new StaggeredEffect.Month(0, 30));
        big.put(JAN.plusMonths(1), new StaggeredEffect.Month(6, 60));
        List<StaggeredEffect.Series> units = List.of(
                unit(1, JAN.plusMonths(1), 0, 20), unit(2, null, 0, 0), new StaggeredEffect.Series(3L, null, big));
        StaggeredEffect.Result result = StaggeredEffect.estimate(units, MAY, TWO_UNITS);
        // weights 10·10/20 = 5 and 30·60/90 = 20: comparison change (5·0 + 20·6) / 25 = 4.8
        assertThat(effect(result, "2026-02", "2026-02")).isCloseTo(20 - 4.8, within(1e-9));
    }

    @Test
    void tooFewUnitsOrMonthsWithTooFewAnswersGiveNotEnoughData() {
        StaggeredEffect.Result result = StaggeredEffect.estimate(handCase(0), MAY);
        assertThat(result.enough())
                .as("two trained units are below the minimum of three")
                .isFalse();
        assertThat(result.overall()).isEmpty();
        assertThat(result.events()).allSatisfy(e -> assertThat(e.effect()).isEmpty());
        assertThat(result.replications()).isZero();

        Map<YearMonth, StaggeredEffect.Month> few = new TreeMap<>();
        few.put(JAN, new StaggeredEffect.Month(0, StaggeredEffect.MIN_MONTH_ANSWERS - 1));
        few.put(JAN.plusMonths(1), new StaggeredEffect.Month(50, StaggeredEffect.MIN_MONTH_ANSWERS - 1));
        StaggeredEffect.Result sparse = StaggeredEffect.estimate(
                List.of(new StaggeredEffect.Series(1L, JAN.plusMonths(1), few), unit(2, null, 0, 0)), MAY, TWO_UNITS);
        assertThat(sparse.cells()).isEmpty();
        assertThat(sparse.overall()).isEmpty();
        assertThat(StaggeredEffect.estimate(List.of(), MAY).overall()).isEmpty();
    }

    @Test
    void seriesTakeTheOutcomeAndTheChosenStartFromTheUnitsFacts() {
        Unit org = new Unit("ORG", "Organisation", UnitKind.ORGANISATION, null);
        Unit unit = new Unit("U", "U", UnitKind.UNIT, org);
        Map<YearMonth, CustomerTally> months = new TreeMap<>();
        months.put(JAN, new CustomerTally(new NpsTally(6, 2, 2), 40, 9));
        months.put(JAN.plusMonths(1), new CustomerTally(NpsTally.EMPTY, 0, 0));
        UnitFacts facts = new UnitFacts(
                unit, null, 5, 5, 0, 4, LocalDate.of(2025, 11, 3), LocalDate.of(2026, 2, 10), months, Map.of());

        StaggeredEffect.Series nps = StaggeredEffect.series(
                        List.of(facts), UnitFacts.Start.FIRST_WORKSHOP, StaggeredEffect.Outcome.NPS)
                .get(0);
        assertThat(nps.start()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(nps.months()).containsOnlyKeys(JAN);
        assertThat(nps.months().get(JAN).value()).isCloseTo(40, within(1e-9));
        assertThat(nps.months().get(JAN).answers()).isEqualTo(10);

        StaggeredEffect.Series csat = StaggeredEffect.series(
                        List.of(facts), UnitFacts.Start.SUPERVISOR_COACHING, StaggeredEffect.Outcome.CSAT)
                .get(0);
        assertThat(csat.start()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(csat.months().get(JAN).value()).isCloseTo(40.0 / 9, within(1e-9));
        assertThat(csat.months().get(JAN).answers()).isEqualTo(9);
    }

    /** The true effect of the simulated organisations, in NPS points. */
    private static final double TRUE_EFFECT = 8;

    /** How far the mean estimate over the organisations may be from the true effect, in NPS points. */
    private static final double BIAS_TOLERANCE = 0.75;

    /**
     * 200 organisations of 40 units over 30 months: a unit level (sd 15), a seasonal swing (±6), a common monthly
     * shock (sd 3), a unit's own slowly moving noise (AR(1), ρ = 0.5, sd 4) and the sampling noise of 20–60 answers a
     * month (sd 80/√n); three units in four start training in months 4…27 (one in four never), and from its start a
     * unit's NPS is {@link #TRUE_EFFECT} higher.
     */
    @Test
    void theIntervalCoversTheTrueEffectAsOftenAsItSaysAndTheEstimateIsUnbiased() {
        java.util.Random random = new java.util.Random(18);
        int organisations = 200;
        int covered = 0;
        double sum = 0;
        for (int o = 0; o < organisations; o++) {
            StaggeredEffect.Result result =
                    StaggeredEffect.estimate(organisation(random, 0, 4, 20), YearMonth.of(2026, 7));
            Statistics.Interval overall = result.overall().orElseThrow();
            if (overall.low() <= TRUE_EFFECT && TRUE_EFFECT <= overall.high()) {
                covered++;
            }
            sum += overall.estimate();
        }
        double coverage = (double) covered / organisations;
        System.out.printf(
                "staggered effect: coverage %.3f, mean estimate %.3f (true %.1f)%n",
                coverage, sum / organisations, TRUE_EFFECT);
        assertThat(coverage).isBetween(0.90, 0.98);
        assertThat(sum / organisations).isCloseTo(TRUE_EFFECT, within(BIAS_TOLERANCE));
    }

    @Test
    void brokenParallelTrendsShowBeforeTraining() {
        java.util.Random random = new java.util.Random(7);
        for (int o = 0; o < 5; o++) {
            StaggeredEffect.Result result =
                    StaggeredEffect.estimate(organisation(random, 4, 2, 200), YearMonth.of(2026, 7));
            assertThat(result.trendsDiffer()).contains(true);
            assertThat(result.preTrend().orElseThrow().estimate()).isLessThan(-2);
            assertThat(result.events().get(0).effect().orElseThrow().estimate())
                    .as("six months before the start, trained units were far below their base month")
                    .isLessThan(-3);
        }
        java.util.Random fair = new java.util.Random(7);
        int differ = 0;
        for (int o = 0; o < 20; o++) {
            if (StaggeredEffect.estimate(organisation(fair, 0, 4, 200), YearMonth.of(2026, 7))
                    .trendsDiffer()
                    .orElseThrow()) {
                differ++;
            }
        }
        assertThat(differ)
                .as("with parallel trends the months before rarely differ")
                .isLessThanOrEqualTo(3);
    }

    /**
     * One simulated organisation, January 2024 to June 2026; {@code drift} NPS points a month more for the units that
     * will train than for those that never do (0 for parallel trends); one unit in {@code never} never trains; a unit
     * has {@code answers} to three times as many answers a month.
     */
    private static List<StaggeredEffect.Series> organisation(
            java.util.Random random, double drift, int never, int answers) {
        int months = 30;
        YearMonth first = YearMonth.of(2024, 1);
        double[] shock = new double[months];
        for (int t = 0; t < months; t++) {
            shock[t] = 3 * random.nextGaussian();
        }
        List<StaggeredEffect.Series> units = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Integer start = random.nextInt(never) == 0 ? null : 4 + random.nextInt(24);
            double level = 10 + 15 * random.nextGaussian();
            double own = 0;
            Map<YearMonth, StaggeredEffect.Month> series = new TreeMap<>();
            for (int t = 0; t < months; t++) {
                own = 0.5 * own + 4 * Math.sqrt(1 - 0.25) * random.nextGaussian();
                int n = answers + random.nextInt(2 * answers + 1);
                double season = 6 * Math.sin(2 * Math.PI * t / 12);
                double trend = start == null ? 0 : drift * t;
                double effect = start != null && t >= start ? TRUE_EFFECT : 0;
                double value =
                        level + season + shock[t] + own + trend + effect + 80 / Math.sqrt(n) * random.nextGaussian();
                series.put(first.plusMonths(t), new StaggeredEffect.Month(value, n));
            }
            units.add(new StaggeredEffect.Series((long) i, start == null ? null : first.plusMonths(start), series));
        }
        return units;
    }

    private static StaggeredEffect.GroupTime cell(StaggeredEffect.Result result, String cohort, String month) {
        return result.cells().stream()
                .filter(c ->
                        c.cohort().equals(YearMonth.parse(cohort)) && c.month().equals(YearMonth.parse(month)))
                .findFirst()
                .orElseThrow();
    }

    private static double effect(StaggeredEffect.Result result, String cohort, String month) {
        return cell(result, cohort, month).effect();
    }

    private static double event(StaggeredEffect.Result result, int event) {
        return result.events()
                .get(event - StaggeredEffect.FIRST_EVENT)
                .effect()
                .orElseThrow()
                .estimate();
    }
}
