package fi.kohtaamo.insight.control;

import fi.kohtaamo.organisation.entity.Unit;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What Kohtaamo knows about one customer-facing unit (with its teams) for the insight views: its people and their
 * training, its workshops, and its customers' answers month by month. Built by {@link Insights}.
 *
 * @param staff active people in the unit and its teams
 * @param employees of those, people with the employee role (the staff track's audience)
 * @param staffModulesDone staff-track modules completed by those employees
 * @param staffTrackModules modules in the staff track
 * @param supervisorTrackDone the date the last of the unit's supervisors completed the supervisor track, or null
 * @param firstWorkshop when the unit's first workshop was held, or null
 * @param months customer answers per month
 * @param staffDoneByMonth staff-track modules the employees completed, per month
 */
public record UnitFacts(
        Unit unit,
        Unit region,
        long staff,
        long employees,
        long staffModulesDone,
        int staffTrackModules,
        LocalDate supervisorTrackDone,
        LocalDate firstWorkshop,
        Map<YearMonth, CustomerTally> months,
        Map<YearMonth, Long> staffDoneByMonth)
        implements Serializable {

    /** What starts a unit's training, for before/after comparisons. */
    public enum Start {
        /** The unit's first workshop. */
        FIRST_WORKSHOP,
        /** The month the employees' staff-track completion reached {@link #COMPLETION_THRESHOLD} %. */
        STAFF_COMPLETION,
        /** The month the last of the unit's supervisors finished the supervisor (coaching) track. */
        SUPERVISOR_COACHING
    }

    public static final int COMPLETION_THRESHOLD = 50;

    /** The month the unit's training started by the given measure, or null if it has not. */
    public YearMonth trainingStart(Start start) {
        if (start == Start.FIRST_WORKSHOP) {
            return firstWorkshop == null ? null : YearMonth.from(firstWorkshop);
        }
        if (start == Start.SUPERVISOR_COACHING) {
            return supervisorTrackDone == null ? null : YearMonth.from(supervisorTrackDone);
        }
        long due = employees * staffTrackModules;
        if (due == 0) {
            return null;
        }
        long cumulative = 0;
        for (Map.Entry<YearMonth, Long> month : new java.util.TreeMap<>(staffDoneByMonth).entrySet()) {
            cumulative += month.getValue();
            if (100 * cumulative >= COMPLETION_THRESHOLD * due) {
                return month.getKey();
            }
        }
        return null;
    }

    /** Staff-track completion at the end of a month, 0–100, or null. */
    public Integer staffCompletionAt(YearMonth month) {
        long due = employees * staffTrackModules;
        if (due == 0) {
            return null;
        }
        long cumulative = staffDoneByMonth.entrySet().stream()
                .filter(e -> !e.getKey().isAfter(month))
                .mapToLong(Map.Entry::getValue)
                .sum();
        return (int) Math.round(100.0 * cumulative / due);
    }

    /** Staff-track modules completed as a share of all the employees' staff-track modules, 0–100, or null. */
    public Integer staffCompletion() {
        long due = employees * staffTrackModules;
        return due == 0 ? null : (int) Math.round(100.0 * staffModulesDone / due);
    }

    /** The answers of the months {@code from}…{@code to} summed. */
    public CustomerTally sum(YearMonth from, YearMonth to) {
        CustomerTally sum = CustomerTally.EMPTY;
        for (Map.Entry<YearMonth, CustomerTally> month : months.entrySet()) {
            if (!month.getKey().isBefore(from) && !month.getKey().isAfter(to)) {
                sum = sum.plus(month.getValue());
            }
        }
        return sum;
    }

    /** The months of {@code from}…{@code to} in order. */
    public static List<YearMonth> range(YearMonth from, YearMonth to) {
        List<YearMonth> range = new java.util.ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            range.add(m);
        }
        return range;
    }
}
