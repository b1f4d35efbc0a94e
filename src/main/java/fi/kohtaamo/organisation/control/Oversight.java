package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Which units a person may see into. HR and administrators oversee every unit; a supervisor oversees the units they
 * lead and all units below them; anyone else oversees none. Every feature that shows people or results of a unit asks
 * here first.
 */
@ApplicationScoped
public class Oversight {

    private static final Logger LOG = Logger.getLogger(Oversight.class.getName());

    @Inject
    Units units;

    public Set<Long> unitsOverseenBy(Person person) {
        if (!person.isActive()) {
            return Set.of();
        }
        if (person.hasRole(Role.HR) || person.hasRole(Role.ADMIN)) {
            return units.allIds();
        }
        if (!person.hasRole(Role.SUPERVISOR)) {
            return Set.of();
        }
        return units.withDescendants(
                person.getSupervisedUnits().stream().map(Unit::getId).collect(Collectors.toSet()));
    }

    public boolean oversees(Person person, long unitId) {
        return unitsOverseenBy(person).contains(unitId);
    }

    /**
     * Lets the call go on only if the person oversees the unit; otherwise logs the attempt and throws.
     *
     * @throws AccessDenied if the unit is outside the person's oversight
     */
    public void requireOversees(Person person, long unitId) {
        if (!oversees(person, unitId)) {
            LOG.warning(() -> "Access denied: " + person.getUsername() + " asked for unit " + unitId
                    + " outside their oversight");
            throw new AccessDenied("Unit " + unitId + " is outside your units");
        }
    }
}
