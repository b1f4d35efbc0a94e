package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.kohtaamo.insight.control.Statistics.Correlation;
import fi.kohtaamo.insight.control.Statistics.Interval;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Reference values are derived by hand from the textbook formulas (steps in the comments) and were cross-checked with
 * an independent implementation, SciPy 1.17.1 (scipy.stats.t, scipy.stats.norm, scipy.stats.pearsonr,
 * scipy.stats.spearmanr, scipy.stats.ttest_ind) — never with Commons Math itself.
 */
class StatisticsTest {

    private static final Offset<Double> TOLERANCE = within(1e-3);

    // Anscombe's quartet, set I (Anscombe 1973, "Graphs in Statistical Analysis", The American Statistician 27(1)).
    private static final double[] ANSCOMBE_X = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
    private static final double[] ANSCOMBE_Y = {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};

    @Test
    void meanIntervalMatchesStudentT() {
        // Mean = 40 / 8 = 5. Deviations -3,-1,-1,-1,0,0,2,4; squares sum to 32; s² = 32/7 = 4.571429, s = 2.138090.
        // t(0.975, df 7) = 2.364624 (t tables; SciPy: scipy.stats.t.ppf(0.975, 7)).
        // Half-width = 2.364624 · 2.138090 / √8 = 1.787488 → (3.212512, 6.787488).
        // SciPy: scipy.stats.t.interval(0.95, 7, loc=5, scale=2.138090/sqrt(8)) gives the same.
        Interval interval =
                Statistics.mean(new double[] {2, 4, 4, 4, 5, 5, 7, 9}).orElseThrow();

        assertThat(interval.estimate()).isCloseTo(5.0, TOLERANCE);
        assertThat(interval.low()).isCloseTo(3.212512, TOLERANCE);
        assertThat(interval.high()).isCloseTo(6.787488, TOLERANCE);
        assertThat(interval.n()).isEqualTo(8);
        assertThat(interval.excludesZero()).isTrue();
    }

    @Test
    void meanIsEmptyBelowTwoValuesOrWithoutSpread() {
        assertThat(Statistics.mean(new double[] {})).isEmpty();
        assertThat(Statistics.mean(new double[] {4})).isEmpty();
        assertThat(Statistics.mean(new double[] {0.1, 0.1, 0.1})).isEmpty();
    }

    @Test
    void meanRejectsNonFiniteValues() {
        assertThatThrownBy(() -> Statistics.mean(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void npsDifferenceMatchesNormalApproximation() {
        // Before: p = 25/50 = 0.5, d = 10/50 = 0.2, NPS 30; var = (0.5 + 0.2 − 0.3²)/50 = 0.61/50 = 0.0122.
        // After:  p = 40/80 = 0.5, d = 10/80 = 0.125, NPS 37.5; var = (0.5 + 0.125 − 0.375²)/80 = 0.484375/80
        //         = 0.00605469.
        // Difference 37.5 − 30 = 7.5; SE = √(0.0122 + 0.00605469) = √0.01825469 = 0.135110.
        // z(0.975) = 1.959964 (normal tables); half-width = 1.959964 · 0.135110 · 100 = 26.4811 → (−18.9811, 33.9811).
        Interval interval = Statistics.npsDifference(25, 10, 50, 40, 10, 80).orElseThrow();

        assertThat(interval.estimate()).isCloseTo(7.5, TOLERANCE);
        assertThat(interval.low()).isCloseTo(-18.9811, TOLERANCE);
        assertThat(interval.high()).isCloseTo(33.9811, TOLERANCE);
        assertThat(interval.n()).isEqualTo(130);
        assertThat(interval.excludesZero()).isFalse();
    }

    @Test
    void npsDifferenceExcludesZeroForALargeShift() {
        // Before: p = 0.1, d = 0.3 of 100, NPS −20; var = (0.1 + 0.3 − 0.2²)/100 = 0.0036.
        // After:  p = 0.6, d = 0.1 of 100, NPS 50;  var = (0.6 + 0.1 − 0.5²)/100 = 0.0045.
        // Difference 70; SE = √0.0081 = 0.09; half-width = 1.959964 · 0.09 · 100 = 17.6397 → (52.3603, 87.6397).
        Interval interval = Statistics.npsDifference(10, 30, 100, 60, 10, 100).orElseThrow();

        assertThat(interval.estimate()).isCloseTo(70.0, TOLERANCE);
        assertThat(interval.low()).isCloseTo(52.3603, TOLERANCE);
        assertThat(interval.high()).isCloseTo(87.6397, TOLERANCE);
        assertThat(interval.excludesZero()).isTrue();
    }

    @Test
    void npsDifferenceIsEmptyBelowTwoAnswersOrWithoutSpread() {
        assertThat(Statistics.npsDifference(1, 0, 1, 40, 10, 80)).isEmpty();
        assertThat(Statistics.npsDifference(25, 10, 50, 0, 0, 0)).isEmpty();
        // Everyone a promoter in both rounds: both variances are (1 + 0 − 1²)/n = 0, so there is no interval.
        assertThat(Statistics.npsDifference(20, 0, 20, 30, 0, 30)).isEmpty();
    }

    @Test
    void npsDifferenceRejectsImpossibleCounts() {
        assertThatThrownBy(() -> Statistics.npsDifference(40, 20, 50, 40, 10, 80))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Statistics.npsDifference(25, -1, 50, 40, 10, 80))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void welchDifferenceMatchesWelchSatterthwaite() {
        // a: sum 106.7, mean 21.34; deviations −1.24, 0.96, −1.54, 0.16, 1.66; squares sum 7.612; s² = 7.612/4 = 1.903;
        //    s²/n = 1.903/5 = 0.3806.
        // b: sum 74.4, mean 18.6; deviations −0.4, −0.7, 0.9, 0.2; squares sum 1.5; s² = 1.5/3 = 0.5; s²/n = 0.125.
        // Difference 21.34 − 18.6 = 2.74; SE = √(0.3806 + 0.125) = √0.5056 = 0.711056.
        // df = 0.5056² / (0.3806²/4 + 0.125²/3) = 0.25563136 / (0.03621409 + 0.00520833) = 6.171328.
        // t(0.975, df 6.171328) = 2.430539 (SciPy: scipy.stats.t.ppf(0.975, 6.171328)).
        // Half-width = 2.430539 · 0.711056 = 1.728248 → (1.011752, 4.468248).
        // SciPy: scipy.stats.ttest_ind(a, b, equal_var=False).confidence_interval() = (1.011752, 4.468248).
        double[] a = {20.1, 22.3, 19.8, 21.5, 23.0};
        double[] b = {18.2, 17.9, 19.5, 18.8};

        Interval interval = Statistics.welchDifference(a, b).orElseThrow();

        assertThat(interval.estimate()).isCloseTo(2.74, TOLERANCE);
        assertThat(interval.low()).isCloseTo(1.011752, TOLERANCE);
        assertThat(interval.high()).isCloseTo(4.468248, TOLERANCE);
        assertThat(interval.n()).isEqualTo(9);
        assertThat(interval.excludesZero()).isTrue();
    }

    @Test
    void welchDifferenceIsEmptyBelowTwoValuesPerGroupOrWithoutSpread() {
        assertThat(Statistics.welchDifference(new double[] {1}, new double[] {1, 2}))
                .isEmpty();
        assertThat(Statistics.welchDifference(new double[] {1, 2}, new double[] {3}))
                .isEmpty();
        assertThat(Statistics.welchDifference(new double[] {3, 3}, new double[] {1, 1, 1}))
                .isEmpty();
    }

    @Test
    void pearsonMatchesAnscombeQuartet() {
        // Well known: r = 0.816 for every set of Anscombe's quartet; SciPy pearsonr gives r = 0.816421, p = 0.002170.
        // p by hand: t = 0.816421 · √(9 / (1 − 0.816421²)) = 4.241455, two-sided with df 9 → 0.002170.
        // Fisher z: atanh(0.816421) = 1.145988; SE = 1/√8 = 0.353553; 1.959964 · 0.353553 = 0.692952;
        // tanh(1.145988 − 0.692952) = tanh(0.453036) = 0.424391; tanh(1.145988 + 0.692952) = tanh(1.838940) = 0.950693.
        Correlation correlation = Statistics.pearson(ANSCOMBE_X, ANSCOMBE_Y).orElseThrow();

        assertThat(correlation.coefficient()).isCloseTo(0.816421, within(1e-5));
        assertThat(correlation.low()).isCloseTo(0.424391, TOLERANCE);
        assertThat(correlation.high()).isCloseTo(0.950693, TOLERANCE);
        assertThat(correlation.pValue()).isCloseTo(0.002170, within(1e-5));
        assertThat(correlation.n()).isEqualTo(11);
    }

    @Test
    void pearsonIsEmptyBelowFourPairsWithoutSpreadOrWhenPerfect() {
        assertThat(Statistics.pearson(new double[] {1, 2, 3}, new double[] {2, 1, 3}))
                .isEmpty();
        assertThat(Statistics.pearson(new double[] {1, 2, 3, 4}, new double[] {5, 5, 5, 5}))
                .isEmpty();
        // r = 1 exactly: Fisher z = atanh(1) is infinite, so no honest interval exists.
        assertThat(Statistics.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8}))
                .isEmpty();
    }

    @Test
    void pearsonRejectsMismatchedLengths() {
        assertThatThrownBy(() -> Statistics.pearson(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spearmanMatchesRankFormulaOnAnscombeQuartet() {
        // Ranks of x: 7, 5, 10, 6, 8, 11, 3, 1, 9, 4, 2; ranks of y: 7, 4, 6, 9, 8, 10, 5, 1, 11, 2, 3 (no ties).
        // Σd² = 0+1+16+9+0+1+4+0+4+4+1 = 40; ρ = 1 − 6·40 / (11·(121 − 1)) = 1 − 240/1320 = 9/11 = 0.818182.
        // p: t = 0.818182 · √(9 / (1 − 0.818182²)) = 4.269, df 9 → 0.002083 (SciPy spearmanr gives the same p).
        // Bonett–Wright SE = √((1 + 0.818182²/2) / 8) = 0.408459; atanh(9/11) = ½·ln(20/2) = ln(10)/2 = 1.151293;
        // 1.959964 · 0.408459 = 0.800565; tanh(0.350728) = 0.337020; tanh(1.951858) = 0.960464.
        Correlation correlation = Statistics.spearman(ANSCOMBE_X, ANSCOMBE_Y).orElseThrow();

        assertThat(correlation.coefficient()).isCloseTo(9.0 / 11.0, within(1e-9));
        assertThat(correlation.low()).isCloseTo(0.337020, TOLERANCE);
        assertThat(correlation.high()).isCloseTo(0.960464, TOLERANCE);
        assertThat(correlation.pValue()).isCloseTo(0.002083, within(1e-5));
        assertThat(correlation.n()).isEqualTo(11);
    }

    @Test
    void spearmanAveragesTiedRanks() {
        // x = 1, 2, 2, 3, 4, 5 → ranks 1, 2.5, 2.5, 4, 5, 6; y = 2, 1, 3, 3, 6, 5 → ranks 2, 1, 3.5, 3.5, 6, 5.
        // ρ is Pearson's r of those ranks = 0.808824 (SciPy: scipy.stats.spearmanr(x, y) = 0.808824, p = 0.051329;
        // SciPy's p uses the same t approximation with df n − 2 = 4).
        // Bonett–Wright interval, SE = √((1 + ρ²/2)/3): (−0.178048, 0.984533) — crosses zero at n = 6.
        Correlation correlation = Statistics.spearman(new double[] {1, 2, 2, 3, 4, 5}, new double[] {2, 1, 3, 3, 6, 5})
                .orElseThrow();

        assertThat(correlation.coefficient()).isCloseTo(0.808824, within(1e-5));
        assertThat(correlation.pValue()).isCloseTo(0.051329, within(1e-5));
        assertThat(correlation.low()).isCloseTo(-0.178048, TOLERANCE);
        assertThat(correlation.high()).isCloseTo(0.984533, TOLERANCE);
    }

    @Test
    void spearmanIsEmptyForPerfectlyMonotonePairs() {
        // y = x³ is not linear but perfectly monotone: ρ = 1 (and −1 when reversed). Fisher z = atanh(±1) is infinite,
        // so no finite interval exists and the result is empty, while Pearson's r stays below 1 for the same data.
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] cubes = {1, 8, 27, 64, 125, 216};
        double[] reversed = {216, 125, 64, 27, 8, 1};

        assertThat(Statistics.spearman(x, cubes)).isEmpty();
        assertThat(Statistics.spearman(x, reversed)).isEmpty();
        assertThat(Statistics.pearson(x, cubes)).isPresent();
    }

    @Test
    void spearmanIsEmptyBelowFourPairsOrWithoutSpread() {
        assertThat(Statistics.spearman(new double[] {1, 2, 3}, new double[] {3, 1, 2}))
                .isEmpty();
        assertThat(Statistics.spearman(new double[] {1, 2, 3, 4}, new double[] {7, 7, 7, 7}))
                .isEmpty();
    }

    @Test
    void spearmanRejectsMismatchedLengths() {
        assertThatThrownBy(() -> Statistics.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {1, 2, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
