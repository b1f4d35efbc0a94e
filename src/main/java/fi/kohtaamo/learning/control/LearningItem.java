package fi.kohtaamo.learning.control;

import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.Status;
import fi.kohtaamo.learning.entity.TrainingModule;
import java.time.LocalDate;

/**
 * One module as a learner sees it: whether and by when it is assigned, their progress in it and what that means.
 *
 * @param assigned the assignment that gives it, or {@code null} when the learner may take it by choice
 * @param progress their latest progress, or {@code null} when not started
 * @param percent how far through the module they are, 0–100
 */
public record LearningItem(
        TrainingModule module, AssignedModule assigned, Progress progress, Status status, int percent) {

    public LocalDate getDue() {
        return assigned == null ? null : assigned.due();
    }

    public boolean isOverdue() {
        return status == Status.OVERDUE;
    }
}
