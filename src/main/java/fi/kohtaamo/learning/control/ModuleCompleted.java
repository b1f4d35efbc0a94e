package fi.kohtaamo.learning.control;

/** Fired, inside the completing transaction, when a person completes a module. */
public record ModuleCompleted(long personId, String moduleId) {}
