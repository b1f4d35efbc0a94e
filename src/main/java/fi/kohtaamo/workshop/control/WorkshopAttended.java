package fi.kohtaamo.workshop.control;

/** Fired, inside the recording transaction, for each person newly recorded as having attended a workshop session. */
public record WorkshopAttended(long sessionId, long personId) {}
