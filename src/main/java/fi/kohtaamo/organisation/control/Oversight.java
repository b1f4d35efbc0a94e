package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Which units a person may see into. HR and administrators oversee every unit; a supervisor oversees the units they
 * lead and all units below them; anyone else oversees none. Every page, export and endpoint that shows people or
 * results of a unit asks here: pages that let the viewer pick a unit ask {@link #scope}, which also decides the one
 * answer to a unit outside the viewer's oversight (403, logged), whether that unit exists or not, so that an address
 * with another id tells nothing about which ids exist.
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
        return ledBy(person);
    }

    /** The units the person leads as a supervisor and all units below them: an HR person who leads none has none. */
    public Set<Long> ledBy(Person person) {
        if (!person.isActive() || !person.hasRole(Role.SUPERVISOR)) {
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

    /**
     * Lets the call go on only if the person oversees every unit (HR and administrators): for pages about the whole
     * organisation, such as the curriculum's versions and who completed them. Otherwise logs the attempt and throws.
     *
     * @throws AccessDenied for anyone else
     */
    public void requireOverseesAll(Person person) {
        if (!person.isActive() || !(person.hasRole(Role.HR) || person.hasRole(Role.ADMIN))) {
            LOG.warning(() -> "Access denied: " + person.getUsername() + " asked for the whole organisation");
            throw new AccessDenied("Only HR and administrators see the whole organisation");
        }
    }

    /**
     * What a page that shows one unit at a time may show this viewer: the active units to pick from (by name, as
     * {@link Units#all} gives them), the unit shown and the ids of that unit with every unit below it. Without a requested unit it is
     * the first unit the viewer leads, otherwise the first to pick from; a viewer who oversees no unit gets an empty
     * scope.
     *
     * @param requestedUnitId the unit in the page's address, or null
     * @throws AccessDenied if the requested unit is outside the viewer's oversight (logged)
     */
    public Scope scope(Person viewer, Long requestedUnitId) {
        Set<Long> overseen = unitsOverseenBy(viewer);
        List<Unit> all = units.all();
        List<Unit> options = all.stream()
                .filter(u -> overseen.contains(u.getId()) && u.isActive())
                .toList();
        Unit unit;
        if (requestedUnitId != null) {
            requireOversees(viewer, requestedUnitId);
            unit = all.stream()
                    .filter(u -> u.getId().equals(requestedUnitId))
                    .findFirst()
                    .orElseThrow();
        } else {
            Set<Long> led =
                    viewer.getSupervisedUnits().stream().map(Unit::getId).collect(Collectors.toSet());
            unit = options.stream()
                    .filter(u -> led.contains(u.getId()))
                    .findFirst()
                    .or(() -> options.stream().findFirst())
                    .orElse(null);
        }
        return new Scope(
                overseen, options, unit, unit == null ? Set.of() : units.withDescendants(List.of(unit.getId())));
    }

    /**
     * One page's view into the units: every unit the viewer oversees, the active ones to pick from, the unit shown
     * (null when the viewer oversees none) and the ids of that unit and the units below it.
     */
    public record Scope(Set<Long> overseen, List<Unit> options, Unit unit, Set<Long> unitIds) {

        public boolean isEmpty() {
            return unit == null;
        }

        /**
         * The unit shown, for a page that has nothing to show without one.
         *
         * @throws AccessDenied if the viewer oversees no unit
         */
        public Unit required() {
            if (unit == null) {
                throw new AccessDenied("No unit to show");
            }
            return unit;
        }
    }
}
