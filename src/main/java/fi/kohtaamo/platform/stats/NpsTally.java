package fi.kohtaamo.platform.stats;

import java.io.Serializable;

/**
 * How many answers of a Net Promoter question fell into each group: promoters (9–10), passives (7–8) and detractors
 * (0–6). A month of customer answers, a window of months or a pulse round's eNPS answers are each one tally; tallies of
 * several units or months add up with {@link #plus}.
 *
 * <pre>{@code
 * NpsTally march = new NpsTally(25, 15, 10);
 * march.nps();    // 30.0
 * march.margin(); // 21.65 (points, 95 %)
 * }</pre>
 */
public record NpsTally(long promoters, long passives, long detractors) implements Serializable {

    /** No answers. */
    public static final NpsTally EMPTY = new NpsTally(0, 0, 0);

    public NpsTally {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("Negative count: " + promoters + " / " + passives + " / " + detractors);
        }
    }

    /** The answers counted. */
    public long total() {
        return promoters + passives + detractors;
    }

    /** NPS from −100 to +100, or {@code NaN} without answers ({@link NpsCalculator#nps}). */
    public double nps() {
        return NpsCalculator.nps(promoters, detractors, total());
    }

    /** Half-width of the 95 % interval of {@link #nps}, in points; {@code NaN} below two answers. */
    public double margin() {
        return NpsCalculator.marginOfError(promoters, detractors, total());
    }

    /** Whether there are enough answers for a point of an NPS chart ({@link NpsCalculator#chartable}). */
    public boolean chartable() {
        return NpsCalculator.chartable(total());
    }

    /** The two tallies' answers together. */
    public NpsTally plus(NpsTally other) {
        return new NpsTally(promoters + other.promoters, passives + other.passives, detractors + other.detractors);
    }
}
