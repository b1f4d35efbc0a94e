package fi.kohtaamo.platform.stats;

/**
 * Net Promoter Score and its uncertainty. Promoters answer 9–10, passives 7–8, detractors 0–6; NPS is the share of
 * promoters minus the share of detractors, from −100 to +100.
 *
 * <p>The 95 % margin of error treats each answer as +1 (promoter), 0 (passive) or −1 (detractor): the variance of
 * that score is {@code p + d − (p − d)²} for the shares p and d, so the margin is {@code 1.96 · √(variance / n) · 100}
 * points. With few answers the margin is wide: 50 answers with 25 promoters and 10 detractors give NPS 30 ± 21.6.
 */
public final class NpsCalculator {

    /**
     * Fewest answers in a month for its NPS to be drawn as a point of a chart (on a page or in a PDF); a month with
     * fewer is a gap. Two promoters are NPS +100, which says nothing about a unit.
     */
    public static final int MIN_CHART_ANSWERS = 10;

    private static final double Z_95 = 1.959964;

    private NpsCalculator() {}

    public static boolean promoter(int score) {
        return score >= 9;
    }

    public static boolean detractor(int score) {
        return score <= 6;
    }

    /** NPS from counts, or {@code NaN} when there are no answers. */
    public static double nps(long promoters, long detractors, long total) {
        return total == 0 ? Double.NaN : 100.0 * (promoters - detractors) / total;
    }

    /** Whether a month with this many answers is a point of an NPS chart, see {@link #MIN_CHART_ANSWERS}. */
    public static boolean chartable(long total) {
        return total >= MIN_CHART_ANSWERS;
    }

    /** Half-width of the 95 % confidence interval of NPS, in points; {@code NaN} below two answers. */
    public static double marginOfError(long promoters, long detractors, long total) {
        if (total < 2) {
            return Double.NaN;
        }
        double p = (double) promoters / total;
        double d = (double) detractors / total;
        double variance = p + d - (p - d) * (p - d);
        return Z_95 * Math.sqrt(variance / total) * 100.0;
    }
}
