package fi.kohtaamo.learning.control;

/** Fired, inside the completing transaction, when a person completes a module (the progress that is now complete). */
public record ModuleCompleted(long personId, String moduleId, long progressId) {}
