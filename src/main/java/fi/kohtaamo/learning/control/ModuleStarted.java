package fi.kohtaamo.learning.control;

/** Fired, inside the starting transaction, when a learner starts a module: their new progress in it. */
public record ModuleStarted(long progressId) {}
