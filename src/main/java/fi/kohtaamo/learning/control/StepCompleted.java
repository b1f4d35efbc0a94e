package fi.kohtaamo.learning.control;

/** Fired, inside the saving transaction, when a learner leaves a module's step behind for the first time (from 1). */
public record StepCompleted(long progressId, int step) {}
