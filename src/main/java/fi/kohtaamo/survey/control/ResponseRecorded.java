package fi.kohtaamo.survey.control;

import fi.kohtaamo.survey.entity.CustomerResponse;

/**
 * Fired for each response {@link Responses} records, in its transaction, so that what follows from an answer (a
 * detractor's case) is saved with it or not at all. Observers must not fail for an answer they do not handle.
 */
public record ResponseRecorded(CustomerResponse response) {}
