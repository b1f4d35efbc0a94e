package fi.kohtaamo.insight.control;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Kirkpatrick's third and fourth levels for one track, over the customer-facing units whose people took it (completed
 * at least one of its modules): behaviour, as the units' workshop attendance and share of commitments done, and
 * results, as the units' NPS change from before their training to after it. Each is the mean over the units that have
 * the figure, with its Student-t 95 % interval ({@link Statistics#mean}); below {@link BeforeAfter#MIN_UNITS} units
 * there is no figure, as for the other means of the analyses, and a unit's NPS change itself needs {@link
 * BeforeAfter#MIN_ANSWERS} answers in each window ({@link BeforeAfter#change}).
 *
 * <p>Usage: {@code TrackOutcomes.Outcome staff = TrackOutcomes.of(unitsThatTookIt, units);}
 */
public final class TrackOutcomes {

    /**
     * One unit's figures, each null where it has none.
     *
     * @param attendance workshop attendance in percent
     * @param commitmentsDone commitments done in percent of those made
     * @param npsChange the NPS change since training started, in points
     */
    public record UnitFigures(Long unitId, Integer attendance, Integer commitmentsDone, Double npsChange)
            implements Serializable {}

    /**
     * A track's outcome.
     *
     * @param units how many customer-facing units took the track
     */
    public record Outcome(
            int units,
            Optional<Statistics.Interval> attendance,
            int attendanceUnits,
            Optional<Statistics.Interval> commitmentsDone,
            int commitmentsUnits,
            Optional<Statistics.Interval> npsChange,
            int npsUnits)
            implements Serializable {}

    private TrackOutcomes() {}

    /** The outcome over those of {@code units} that took the track ({@code tookIt}). */
    public static Outcome of(Set<Long> tookIt, Collection<UnitFigures> units) {
        List<UnitFigures> taken =
                units.stream().filter(u -> tookIt.contains(u.unitId())).toList();
        double[] attendance = values(
                taken, u -> u.attendance() == null ? null : u.attendance().doubleValue());
        double[] done = values(
                taken,
                u -> u.commitmentsDone() == null ? null : u.commitmentsDone().doubleValue());
        double[] change = values(taken, UnitFigures::npsChange);
        return new Outcome(
                taken.size(),
                mean(attendance),
                attendance.length,
                mean(done),
                done.length,
                mean(change),
                change.length);
    }

    private static double[] values(List<UnitFigures> units, Function<UnitFigures, Double> figure) {
        return units.stream()
                .map(figure)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    private static Optional<Statistics.Interval> mean(double[] values) {
        return values.length < BeforeAfter.MIN_UNITS ? Optional.empty() : Statistics.mean(values);
    }
}
