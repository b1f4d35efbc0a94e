package fi.kohtaamo.home.control;

import fi.kohtaamo.insight.control.Statistics;
import fi.kohtaamo.platform.stats.NpsTally;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules that put a customer-facing unit on HR's short list of units that need attention: its NPS fell beyond its
 * margin from one full month to the next, many of its people are overdue on their training, it has held no workshop
 * in {@link #WORKSHOP_DAYS} days, or its supervisors have not all finished the supervisor track. The rules are plain
 * functions of a unit's figures ({@link Figures}), so that they are tested without a database.
 *
 * <pre>{@code
 * List<Attention.Reason> why = Attention.reasons(new Attention.Figures(12, 4, previous, last, 0, true));
 * // [MANY_OVERDUE, NO_WORKSHOP]
 * }</pre>
 */
public final class Attention {

    /** People overdue from which a unit needs attention, however large it is. */
    public static final int OVERDUE_PEOPLE = 3;

    /** The share of a unit's staff overdue, in per cent, above which it needs attention, however few they are. */
    public static final int OVERDUE_PERCENT = 20;

    /** The days within which a unit should have held a workshop. */
    public static final int WORKSHOP_DAYS = 90;

    private Attention() {}

    /** Why a unit needs attention, in the order the page lists them. */
    public enum Reason {
        NPS_FALLING,
        MANY_OVERDUE,
        NO_WORKSHOP,
        NOT_COACHED
    }

    /**
     * What the rules look at for one unit.
     *
     * @param staff active people in the unit and its teams
     * @param overdue of those, the people overdue on at least one assigned module
     * @param previousMonth customers' NPS answers in the full month before {@code lastMonth}
     * @param lastMonth customers' NPS answers in the last full month
     * @param workshops workshops held in the last {@link #WORKSHOP_DAYS} days
     * @param coached whether every supervisor of the unit has finished the supervisor track (false without one)
     */
    public record Figures(
            long staff, long overdue, NpsTally previousMonth, NpsTally lastMonth, long workshops, boolean coached)
            implements Serializable {}

    /** The reasons the unit needs attention; empty when it needs none. */
    public static List<Reason> reasons(Figures unit) {
        List<Reason> reasons = new ArrayList<>();
        if (npsFall(unit.previousMonth(), unit.lastMonth()).isPresent()) {
            reasons.add(Reason.NPS_FALLING);
        }
        if (manyOverdue(unit.overdue(), unit.staff())) {
            reasons.add(Reason.MANY_OVERDUE);
        }
        if (unit.workshops() == 0) {
            reasons.add(Reason.NO_WORKSHOP);
        }
        if (!unit.coached()) {
            reasons.add(Reason.NOT_COACHED);
        }
        return reasons;
    }

    /**
     * How many points NPS fell from the previous month to the last, when it fell beyond its margin: both months have
     * enough answers for a point of the NPS chart, and the 95 % interval of the change
     * ({@link Statistics#npsDifference}, as the insight pages compute it) lies wholly below zero.
     */
    public static Optional<Double> npsFall(NpsTally previous, NpsTally last) {
        if (!previous.chartable() || !last.chartable()) {
            return Optional.empty();
        }
        return Statistics.npsDifference(
                        previous.promoters(),
                        previous.detractors(),
                        previous.total(),
                        last.promoters(),
                        last.detractors(),
                        last.total())
                .filter(change -> change.high() < 0)
                .map(change -> -change.estimate());
    }

    /** At least {@link #OVERDUE_PEOPLE} people overdue, or more than {@link #OVERDUE_PERCENT} % of the staff. */
    public static boolean manyOverdue(long overdue, long staff) {
        return overdue >= OVERDUE_PEOPLE || (overdue > 0 && overdue * 100 > OVERDUE_PERCENT * staff);
    }
}
