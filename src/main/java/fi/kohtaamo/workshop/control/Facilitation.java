package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who runs a session beside its facilitator, and what that lets them do. Co-facilitators are picked from the active
 * supervisors and HR people of the units the scheduler oversees (the oversight rule); those already on a session stay
 * pickable when someone else changes it. A co-facilitator <em>runs</em> the session: opens it, facilitator mode, its
 * notes, attendance, commitments, dot vote and maps, for this session only. Only those who oversee the session's unit
 * <em>manage</em> it: change, cancel, follow up, change commitments' status, see the unit's pulse scores. An external
 * trainer is a name and an organisation in free text.
 */
@ApplicationScoped
public class Facilitation {

    public static final int TRAINER_MAX = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    Oversight oversight;

    @Inject
    People people;

    @Inject
    Units units;

    /** The people the scheduler may pick as co-facilitators, other than the facilitator, by name. */
    public List<Person> options(Person scheduler, Person facilitator) {
        return people.inUnits(oversight.unitsOverseenBy(scheduler)).stream()
                .filter(Person::isActive)
                .filter(p -> p.hasRole(Role.SUPERVISOR) || p.hasRole(Role.HR))
                .filter(p -> facilitator == null || !p.getId().equals(facilitator.getId()))
                .toList();
    }

    /**
     * Checks and sets the co-facilitators and the external trainer of a session being saved.
     *
     * @throws WorkshopProblem on {@code coFacilitators} when someone is not pickable, on {@code trainerName} or
     *     {@code trainerOrganisation} when a text is too long or an organisation comes without a name
     */
    void apply(
            Person scheduler,
            WorkshopSession session,
            Set<Long> coFacilitatorIds,
            String trainerName,
            String trainerOrganisation) {
        Set<Long> pickable = options(scheduler, session.getFacilitator()).stream()
                .map(Person::getId)
                .collect(Collectors.toCollection(HashSet::new));
        session.getCoFacilitators().forEach(p -> pickable.add(p.getId()));
        Set<Long> chosen = coFacilitatorIds == null ? Set.of() : coFacilitatorIds;
        if (!pickable.containsAll(chosen)) {
            throw new WorkshopProblem("coFacilitators", "workshop.coFacilitatorsOutside");
        }
        if (trainerName != null && trainerName.strip().length() > TRAINER_MAX) {
            throw new WorkshopProblem("trainerName", "workshop.trainerNameTooLong");
        }
        if (trainerOrganisation != null && trainerOrganisation.strip().length() > TRAINER_MAX) {
            throw new WorkshopProblem("trainerOrganisation", "workshop.trainerOrganisationTooLong");
        }
        boolean noName = trainerName == null || trainerName.isBlank();
        if (noName && trainerOrganisation != null && !trainerOrganisation.isBlank()) {
            throw new WorkshopProblem("trainerName", "workshop.trainerNameRequired");
        }
        Set<Person> persons = new LinkedHashSet<>();
        chosen.forEach(id -> persons.add(em.find(Person.class, id)));
        session.setFacilitation(persons, trainerName, trainerOrganisation);
    }

    /** Whether the viewer oversees the session's unit, and so may change, cancel and follow it up. */
    public boolean manages(Person viewer, WorkshopSession session) {
        return oversight.oversees(viewer, session.getUnit().getId());
    }

    /** Whether the viewer may run the session: they manage it, or they are its facilitator or a co-facilitator. */
    public boolean runs(Person viewer, WorkshopSession session) {
        return manages(viewer, session) || (viewer.isActive() && session.isRunBy(viewer));
    }

    /**
     * The units whose people the runner may mark as attending or make owners of a commitment: those they oversee, or
     * for a co-facilitator from elsewhere the session's unit and the units below it.
     */
    Set<Long> unitsFor(Person runner, WorkshopSession session) {
        return manages(runner, session)
                ? oversight.unitsOverseenBy(runner)
                : units.withDescendants(List.of(session.getUnit().getId()));
    }
}
