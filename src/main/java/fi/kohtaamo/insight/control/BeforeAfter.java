package fi.kohtaamo.insight.control;

import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.stats.NpsTally;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Did units' NPS change once their training started? For each trained unit, NPS in a window of months before its
 * training start against the same number of months from the start on (months that have ended), with a 95 % interval; across trained units,
 * the mean change with an interval, beside the change in not-yet-trained units over the same calendar months (a
 * comparison group that shows what would have happened anyway: seasons, prices, the economy).
 *
 * <p>Every figure needs enough answers: a window with fewer than {@link #MIN_ANSWERS} answers, or fewer than
 * {@link #MIN_UNITS} units for a mean, gives no number ("not enough data"), never a misleading one.
 */
public final class BeforeAfter {

    /** Fewest answers in each window for a unit's change. */
    public static final int MIN_ANSWERS = 20;

    /** Fewest units for a mean change. */
    public static final int MIN_UNITS = 3;

    private BeforeAfter() {}

    /** The months compared: {@code months} before the start, and as many from the start on. */
    public record Windows(YearMonth start, int months) implements Serializable {
        public YearMonth beforeFrom() {
            return start.minusMonths(months);
        }

        public YearMonth beforeTo() {
            return start.minusMonths(1);
        }

        public YearMonth afterFrom() {
            return start;
        }

        public YearMonth afterTo() {
            return start.plusMonths(months - 1L);
        }
    }

    /**
     * The windows for a start: {@code window} months each, shortened to the months that have ended since the start; none
     * if fewer than two have. The current month has not ended, so it is never an "after" month: two days of December
     * are not a month of results.
     *
     * @param current the month it is now, in the organisation's zone ({@link #currentMonth})
     */
    public static Optional<Windows> windows(YearMonth start, int window, YearMonth current) {
        if (start == null || !start.isBefore(current)) {
            return Optional.empty();
        }
        long ended = ChronoUnit.MONTHS.between(start, current);
        int months = (int) Math.min(window, ended);
        return months < 2 ? Optional.empty() : Optional.of(new Windows(start, months));
    }

    /** The month it is now in the organisation's zone, whatever zone the clock was given: the one not yet ended. */
    public static YearMonth currentMonth(Clock clock) {
        return YearMonth.now(clock.withZone(OrganisationZone.ZONE));
    }

    /** One unit's NPS before and after; the change is absent when a window has too few answers. */
    public record UnitChange(
            UnitFacts unit,
            Windows windows,
            long beforeN,
            double beforeNps,
            long afterN,
            double afterNps,
            Optional<Statistics.Interval> change)
            implements Serializable {}

    /** A unit's NPS over the two windows, and the change. */
    public static UnitChange change(UnitFacts unit, Windows windows) {
        NpsTally before = unit.sum(windows.beforeFrom(), windows.beforeTo()).nps();
        NpsTally after = unit.sum(windows.afterFrom(), windows.afterTo()).nps();
        Optional<Statistics.Interval> change = before.total() < MIN_ANSWERS || after.total() < MIN_ANSWERS
                ? Optional.empty()
                : Statistics.npsDifference(
                        before.promoters(),
                        before.detractors(),
                        before.total(),
                        after.promoters(),
                        after.detractors(),
                        after.total());
        return new UnitChange(unit, windows, before.total(), before.nps(), after.total(), after.nps(), change);
    }

    /** The whole comparison. */
    public record Summary(
            List<UnitChange> trained,
            Optional<Statistics.Interval> trainedMean,
            int comparisonUnits,
            Optional<Statistics.Interval> comparisonMean,
            Optional<Statistics.Interval> difference)
            implements Serializable {}

    /**
     * Trained units' changes, their mean, and the not-yet-trained units' mean change over the trained units' windows.
     *
     * @param start what counts as the start of a unit's training
     * @param window months on each side
     * @param current the month it is now, which is not yet an "after" month
     */
    public static Summary summarize(List<UnitFacts> units, UnitFacts.Start start, int window, YearMonth current) {
        List<UnitChange> trained = new ArrayList<>();
        List<UnitFacts> untrained = new ArrayList<>();
        for (UnitFacts unit : units) {
            YearMonth began = unit.trainingStart(start);
            if (began == null) {
                untrained.add(unit);
            } else {
                windows(began, window, current).ifPresent(w -> trained.add(change(unit, w)));
            }
        }
        double[] trainedChanges = trained.stream()
                .filter(c -> c.change().isPresent())
                .mapToDouble(c -> c.change().get().estimate())
                .toArray();
        List<Double> comparison = new ArrayList<>();
        for (UnitFacts unit : untrained) {
            double sum = 0;
            int count = 0;
            for (UnitChange t : trained) {
                UnitChange same = change(unit, t.windows());
                if (same.change().isPresent()) {
                    sum += same.change().get().estimate();
                    count++;
                }
            }
            if (count > 0) {
                comparison.add(sum / count);
            }
        }
        double[] comparisonChanges =
                comparison.stream().mapToDouble(Double::doubleValue).toArray();
        Optional<Statistics.Interval> trainedMean =
                trainedChanges.length < MIN_UNITS ? Optional.empty() : Statistics.mean(trainedChanges);
        Optional<Statistics.Interval> comparisonMean =
                comparisonChanges.length < MIN_UNITS ? Optional.empty() : Statistics.mean(comparisonChanges);
        Optional<Statistics.Interval> difference = trainedMean.isPresent() && comparisonMean.isPresent()
                ? Statistics.welchDifference(trainedChanges, comparisonChanges)
                : Optional.empty();
        return new Summary(trained, trainedMean, comparisonChanges.length, comparisonMean, difference);
    }
}
