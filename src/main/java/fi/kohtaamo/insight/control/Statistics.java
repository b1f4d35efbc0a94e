package fi.kohtaamo.insight.control;

import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.util.FastMath;

/**
 * Small, honest statistics for the insight views: every figure comes with a 95 % interval (or a p-value) so that a
 * reader can see how sure we are, not just the number.
 *
 * <h2>What each method is for</h2>
 *
 * <ul>
 *   <li>{@link #mean(double[])} — the average of some scores (for example satisfaction ratings from 1 to 5) and the
 *       range in which the true average most likely lies. Needs at least 2 values that are not all equal.
 *   <li>{@link #npsDifference(long, long, long, long, long, long)} — how many points the Net Promoter Score moved
 *       between two rounds (after minus before), with its range. Pass the number of promoters, detractors and all
 *       answers of each round. Needs at least 2 answers in each round.
 *   <li>{@link #welchDifference(double[], double[])} — how much higher the average of group {@code a} is than that of
 *       group {@code b} (for example trained versus untrained teams), with its range. The groups may differ in size
 *       and spread. Needs at least 2 values in each group.
 *   <li>{@link #pearson(double[], double[])} — how strongly two measures move together in a straight line (for
 *       example training hours and satisfaction per team), from −1 to 1, with its range and p-value. Needs at least 4
 *       pairs.
 *   <li>{@link #spearman(double[], double[])} — the same question, but only about order: "do teams with more
 *       training also rank higher in satisfaction?". Less sensitive to outliers and curved relations. Needs at least
 *       4 pairs.
 * </ul>
 *
 * <h2>Reading the results</h2>
 *
 * <p>An {@link Interval} holds the estimate, the low and high end of its 95 % interval and how many observations it
 * rests on. When {@link Interval#excludesZero()} is {@code true} the change or difference is unlikely to be chance;
 * when it is {@code false}, the data are compatible with no change at all, and the view should say so.
 *
 * <p>A {@link Correlation} holds the coefficient, its 95 % interval, the two-sided p-value for "no correlation" and
 * the number of pairs. A small p-value (say below 0.05) means the relation is unlikely to be chance; it does not mean
 * that one thing causes the other.
 *
 * <h2>When there is no answer</h2>
 *
 * <p>Every method returns {@link Optional#empty()} when there is too little data (below the minimum named above) or
 * when the data cannot carry an interval: all values equal, no spread in either NPS round, or a perfect correlation
 * (coefficient exactly 1 or −1, for which the Fisher interval would be infinitely narrow and therefore misleading).
 * Show "not enough data" in that case rather than a number.
 *
 * <p>Values must be finite and paired arrays of equal length; NPS counts must be non-negative with promoters plus
 * detractors not exceeding the total. Anything else is a programming error and throws
 * {@link IllegalArgumentException}.
 *
 * <h2>How the intervals are made</h2>
 *
 * <ul>
 *   <li>Mean: Student's t with n − 1 degrees of freedom.
 *   <li>NPS difference: normal approximation; the variance of one NPS is (p + d − (p − d)²) / n with p and d the
 *       shares of promoters and detractors, and the variances of the two rounds are added.
 *   <li>Difference of means: Welch's t with Welch–Satterthwaite degrees of freedom.
 *   <li>Pearson: Fisher z with standard error 1 / √(n − 3).
 *   <li>Spearman: ties get their average rank; Fisher z with the Bonett–Wright standard error √((1 + ρ²/2) / (n − 3)).
 *   <li>Both correlations: p-value from t = r·√((n − 2) / (1 − r²)) with n − 2 degrees of freedom.
 * </ul>
 */
public final class Statistics {

    private static final double CONFIDENCE = 0.95;
    private static final double UPPER_TAIL = 1 - (1 - CONFIDENCE) / 2;
    private static final double Z_CRITICAL = new NormalDistribution().inverseCumulativeProbability(UPPER_TAIL);

    private Statistics() {}

    /**
     * An estimate with its 95 % interval.
     *
     * @param estimate the point estimate
     * @param low the lower end of the interval
     * @param high the upper end of the interval
     * @param n how many observations the estimate rests on
     */
    public record Interval(double estimate, double low, double high, int n) implements java.io.Serializable {

        /** {@code true} when the whole interval lies above or below zero, i.e. "no difference" is not plausible. */
        public boolean excludesZero() {
            return low > 0 || high < 0;
        }
    }

    /**
     * A correlation coefficient with its 95 % interval and two-sided p-value.
     *
     * @param coefficient Pearson's r or Spearman's ρ, from −1 to 1
     * @param low the lower end of the interval
     * @param high the upper end of the interval
     * @param pValue the two-sided p-value against "no correlation"
     * @param n the number of pairs
     */
    public record Correlation(double coefficient, double low, double high, double pValue, int n)
            implements java.io.Serializable {}

    /** The mean with a Student-t 95 % interval; empty below 2 values or when all values are equal. */
    public static Optional<Interval> mean(double[] values) {
        requireFinite(values);
        int n = values.length;
        if (n < 2) {
            return Optional.empty();
        }
        double variance = StatUtils.variance(values);
        if (!(variance > 0)) {
            return Optional.empty();
        }
        double mean = StatUtils.mean(values);
        double halfWidth = tCritical(n - 1) * Math.sqrt(variance / n);
        return Optional.of(new Interval(mean, mean - halfWidth, mean + halfWidth, n));
    }

    /**
     * NPS(after) − NPS(before) in points with a normal-approximation 95 % interval; empty when either round has fewer
     * than 2 answers or neither round has any spread.
     */
    public static Optional<Interval> npsDifference(
            long promotersBefore,
            long detractorsBefore,
            long totalBefore,
            long promotersAfter,
            long detractorsAfter,
            long totalAfter) {
        requireCounts(promotersBefore, detractorsBefore, totalBefore);
        requireCounts(promotersAfter, detractorsAfter, totalAfter);
        if (totalBefore < 2 || totalAfter < 2) {
            return Optional.empty();
        }
        double pBefore = (double) promotersBefore / totalBefore;
        double dBefore = (double) detractorsBefore / totalBefore;
        double pAfter = (double) promotersAfter / totalAfter;
        double dAfter = (double) detractorsAfter / totalAfter;
        double variance = npsVariance(pBefore, dBefore, totalBefore) + npsVariance(pAfter, dAfter, totalAfter);
        if (!(variance > 0)) {
            return Optional.empty();
        }
        double difference = 100 * ((pAfter - dAfter) - (pBefore - dBefore));
        double halfWidth = Z_CRITICAL * Math.sqrt(variance) * 100;
        return Optional.of(new Interval(
                difference, difference - halfWidth, difference + halfWidth, Math.toIntExact(totalBefore + totalAfter)));
    }

    /**
     * mean(a) − mean(b) with Welch's t 95 % interval; empty when either group has fewer than 2 values or neither group
     * has any spread.
     */
    public static Optional<Interval> welchDifference(double[] a, double[] b) {
        requireFinite(a);
        requireFinite(b);
        if (a.length < 2 || b.length < 2) {
            return Optional.empty();
        }
        double varianceA = StatUtils.variance(a) / a.length;
        double varianceB = StatUtils.variance(b) / b.length;
        double variance = varianceA + varianceB;
        if (!(variance > 0)) {
            return Optional.empty();
        }
        double df =
                variance * variance / (varianceA * varianceA / (a.length - 1) + varianceB * varianceB / (b.length - 1));
        double difference = StatUtils.mean(a) - StatUtils.mean(b);
        double halfWidth = tCritical(df) * Math.sqrt(variance);
        return Optional.of(
                new Interval(difference, difference - halfWidth, difference + halfWidth, a.length + b.length));
    }

    /**
     * Pearson's r with a Fisher-z 95 % interval and a t-test p-value; empty below 4 pairs, when either measure has no
     * spread, or when |r| = 1.
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold non-finite values
     */
    public static Optional<Correlation> pearson(double[] x, double[] y) {
        requirePairs(x, y);
        int n = x.length;
        if (n < 4) {
            return Optional.empty();
        }
        double r = new PearsonsCorrelation().correlation(x, y);
        return correlation(r, 1 / Math.sqrt(n - 3), n);
    }

    /**
     * Spearman's ρ (ties get their average rank) with a Fisher-z 95 % interval using the Bonett–Wright standard error
     * and a t-approximation p-value; empty below 4 pairs, when either measure has no spread, or when |ρ| = 1.
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold non-finite values
     */
    public static Optional<Correlation> spearman(double[] x, double[] y) {
        requirePairs(x, y);
        int n = x.length;
        if (n < 4) {
            return Optional.empty();
        }
        double rho = new SpearmansCorrelation().correlation(x, y);
        return correlation(rho, Math.sqrt((1 + rho * rho / 2) / (n - 3)), n);
    }

    private static Optional<Correlation> correlation(double r, double standardError, int n) {
        if (Double.isNaN(r) || Math.abs(r) >= 1) {
            return Optional.empty();
        }
        double z = FastMath.atanh(r);
        double low = FastMath.tanh(z - Z_CRITICAL * standardError);
        double high = FastMath.tanh(z + Z_CRITICAL * standardError);
        double t = r * Math.sqrt((n - 2) / (1 - r * r));
        double pValue = 2 * new TDistribution(n - 2).cumulativeProbability(-Math.abs(t));
        return Optional.of(new Correlation(r, low, high, pValue, n));
    }

    private static double tCritical(double df) {
        return new TDistribution(df).inverseCumulativeProbability(UPPER_TAIL);
    }

    private static double npsVariance(double promoters, double detractors, long total) {
        double nps = promoters - detractors;
        return (promoters + detractors - nps * nps) / total;
    }

    private static void requirePairs(double[] x, double[] y) {
        requireFinite(x);
        requireFinite(y);
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "x and y must have the same length, got " + x.length + " and " + y.length);
        }
    }

    private static void requireFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("values must be finite, got " + value);
            }
        }
    }

    private static void requireCounts(long promoters, long detractors, long total) {
        if (promoters < 0 || detractors < 0 || promoters + detractors > total) {
            throw new IllegalArgumentException(
                    "need 0 <= promoters, 0 <= detractors and promoters + detractors <= total," + " got " + promoters
                            + ", " + detractors + ", " + total);
        }
    }
}
