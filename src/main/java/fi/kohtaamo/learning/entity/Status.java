package fi.kohtaamo.learning.entity;

/** Where a learner stands with a module. */
public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE;

    /** The status of a module given its progress (or none) and due date on a given day. */
    public static Status of(Progress progress, java.time.LocalDate due, java.time.LocalDate today) {
        if (progress != null && progress.isCompleted()) {
            return COMPLETED;
        }
        if (due != null && today.isAfter(due)) {
            return OVERDUE;
        }
        return progress == null ? NOT_STARTED : IN_PROGRESS;
    }
}
