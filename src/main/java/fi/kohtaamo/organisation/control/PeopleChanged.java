package fi.kohtaamo.organisation.control;

import java.util.Set;

/**
 * Fired, inside the changing transaction, when people join or leave units, gain or lose roles, or are deactivated or
 * reactivated: every unit whose people changed, before and after.
 */
public record PeopleChanged(Set<Long> unitIds) {}
