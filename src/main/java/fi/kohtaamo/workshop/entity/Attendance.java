package fi.kohtaamo.workshop.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What was recorded of an invitee in a session: came, came for part of it, was excused, or did not come. Whoever
 * came, wholly or partly, counts as having attended wherever attendance is counted (coverage, insight, reports,
 * learning records); an invitee with nothing recorded has no state.
 */
public enum Attendance {
    ATTENDED,
    PARTLY_ATTENDED,
    EXCUSED,
    NO_SHOW;

    /** The states that count as having attended. */
    public static final Set<Attendance> CAME = EnumSet.of(ATTENDED, PARTLY_ATTENDED);

    /** The states that count as attended, as SQL names them: for native queries. */
    public static final String CAME_SQL = "('ATTENDED', 'PARTLY_ATTENDED')";

    public boolean came() {
        return CAME.contains(this);
    }
}
