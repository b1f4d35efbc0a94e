package fi.kohtaamo.insight.control;

import java.io.Serializable;

/**
 * A unit's workshops held in a period ({@link Insights#workshops}): how many, who came, and what came of them.
 *
 * @param sessions workshops held
 * @param invited people invited to them
 * @param attended of those, the ones who attended
 * @param commitments commitments made in them
 * @param commitmentsDone of those, the ones done
 */
public record WorkshopTally(long sessions, long invited, long attended, long commitments, long commitmentsDone)
        implements Serializable {

    /** No workshops. */
    public static final WorkshopTally NONE = new WorkshopTally(0, 0, 0, 0, 0);

    /** Attended as a whole percentage of invited, or null when nobody was invited. */
    public Integer attendance() {
        return percent(attended, invited);
    }

    /** Commitments done as a whole percentage of those made, or null when none was made. */
    public Integer commitmentsDonePercent() {
        return percent(commitmentsDone, commitments);
    }

    /** Both tallies' workshops together. */
    public WorkshopTally plus(WorkshopTally other) {
        return new WorkshopTally(
                sessions + other.sessions,
                invited + other.invited,
                attended + other.attended,
                commitments + other.commitments,
                commitmentsDone + other.commitmentsDone);
    }

    private static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
