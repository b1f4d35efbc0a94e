package fi.kohtaamo.workshop.entity;

/** A session is scheduled until it is held (attendance recorded) or cancelled. */
public enum SessionStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
