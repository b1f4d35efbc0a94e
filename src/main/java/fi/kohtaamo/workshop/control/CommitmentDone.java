package fi.kohtaamo.workshop.control;

/**
 * Fired, inside the saving transaction, when a commitment is marked done: by whom it counts for (its owner, or the
 * person who marked it when it has none).
 */
public record CommitmentDone(long commitmentId, long personId) {}
