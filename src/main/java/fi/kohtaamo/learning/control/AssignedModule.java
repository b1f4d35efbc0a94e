package fi.kohtaamo.learning.control;

import java.time.LocalDate;

/**
 * A module someone has been given, with the earliest due date among the assignments that give it, and the track it
 * came through (or {@code null} when it was assigned on its own).
 */
public record AssignedModule(String moduleId, LocalDate due, String trackId) {

    AssignedModule sooner(AssignedModule other) {
        if (due == null) {
            return other.due == null ? this : other;
        }
        return other.due != null && other.due.isBefore(due) ? other : this;
    }
}
