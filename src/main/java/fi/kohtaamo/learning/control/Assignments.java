package fi.kohtaamo.learning.control;

import fi.kohtaamo.learning.entity.Assignment;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who must complete what. HR assigns modules or tracks to any unit, role or person; a supervisor only within the
 * units they oversee. Who an assignment reaches is worked out when asked, so people who join a unit later get its
 * assignments too.
 */
@ApplicationScoped
public class Assignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Oversight oversight;

    @Inject
    Units units;

    @Inject
    AuditLog audit;

    /** What to assign: exactly one module or track, to exactly one target. */
    public record Request(
            String moduleId, String trackId, Long unitId, Role role, Long personId, LocalDate due, Integer dueDays) {}

    /**
     * Creates an assignment after checking the assigner may give it.
     *
     * @throws AccessDenied if a supervisor assigns outside their units, or to a role
     * @throws IllegalArgumentException if the request does not name exactly one subject and one target
     */
    @Transactional
    public Assignment create(Person assigner, Request request) {
        TrainingModule module = request.moduleId() == null ? null : em.find(TrainingModule.class, request.moduleId());
        Track track = request.trackId() == null ? null : em.find(Track.class, request.trackId());
        if ((module == null) == (track == null)) {
            throw new IllegalArgumentException("Choose one module or one track");
        }
        boolean hr = assigner.hasRole(Role.HR);
        Assignment assignment;
        if (request.unitId() != null) {
            oversight.requireOversees(assigner, request.unitId());
            assignment =
                    Assignment.toUnit(module, track, em.find(Unit.class, request.unitId()), request.due(), assigner);
        } else if (request.role() != null) {
            if (!hr) {
                throw new AccessDenied("Only HR assigns to a role");
            }
            assignment = Assignment.toRole(module, track, request.role(), request.due(), assigner);
        } else if (request.personId() != null) {
            Person person = em.find(Person.class, request.personId());
            if (person == null) {
                throw new IllegalArgumentException("No such person");
            }
            oversight.requireOversees(assigner, person.getUnit().getId());
            assignment = Assignment.toPerson(module, track, person, request.due(), assigner);
        } else {
            throw new IllegalArgumentException("Choose a unit, a role or a person");
        }
        if (request.dueDays() != null) {
            assignment.dueAfterDays(request.dueDays());
        }
        em.persist(assignment);
        return assignment;
    }

    /** An assignment as the audit log names it: what, and to whom. */
    static String describe(Assignment assignment) {
        String what = assignment.getModule() != null
                ? "module " + assignment.getModule().getId()
                : "track " + assignment.getTrack().getId();
        String to = assignment.getUnit() != null
                ? "unit " + assignment.getUnit().getCode()
                : assignment.getRole() != null
                        ? "role " + assignment.getRole()
                        : "person " + assignment.getPerson().getUsername();
        return what + " → " + to;
    }

    /**
     * Removes an assignment the remover may manage, and writes the removal to the audit log. Progress already made
     * stays.
     *
     * @throws AccessDenied if it is outside what the remover may manage
     */
    @Transactional
    public void delete(Person remover, Long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null) {
            return;
        }
        if (!manageableBy(remover).contains(assignment)) {
            throw new AccessDenied("Assignment " + assignmentId + " is not yours to remove");
        }
        em.remove(assignment);
        audit.record(AuditAction.DELETED, AuditTarget.of("assignment", assignmentId, describe(assignment)), null);
    }

    /** The assignments a person may see and remove: all for HR, those inside their units for a supervisor. */
    public List<Assignment> manageableBy(Person person) {
        List<Assignment> all =
                em.createNamedQuery("Assignment.all", Assignment.class).getResultList();
        if (person.hasRole(Role.HR)) {
            return all;
        }
        Set<Long> overseen = oversight.unitsOverseenBy(person);
        return all.stream()
                .filter(a -> (a.getUnit() != null
                                && overseen.contains(a.getUnit().getId()))
                        || (a.getPerson() != null
                                && overseen.contains(a.getPerson().getUnit().getId())))
                .toList();
    }

    /** The modules assigned to one person, tracks expanded, each with its earliest due date. */
    public List<AssignedModule> forPerson(Person person) {
        return forPeople(List.of(person)).getOrDefault(person.getId(), List.of());
    }

    /** The modules assigned to each of the given people. */
    public Map<Long, List<AssignedModule>> forPeople(List<Person> people) {
        List<Assignment> all =
                em.createNamedQuery("Assignment.all", Assignment.class).getResultList();
        Map<Long, Set<Long>> reachCache = new LinkedHashMap<>();
        Map<Long, List<AssignedModule>> result = new LinkedHashMap<>();
        for (Person person : people) {
            Map<String, AssignedModule> modules = new LinkedHashMap<>();
            for (Assignment assignment : all) {
                if (reaches(assignment, person, reachCache)) {
                    for (AssignedModule module : expand(assignment, assignment.dueFor(person))) {
                        modules.merge(module.moduleId(), module, AssignedModule::sooner);
                    }
                }
            }
            result.put(person.getId(), new ArrayList<>(modules.values()));
        }
        return result;
    }

    /** The assignments that reach each of the given people, as given (tracks not expanded), newest first. */
    public Map<Long, List<Assignment>> reaching(List<Person> people) {
        List<Assignment> all =
                em.createNamedQuery("Assignment.all", Assignment.class).getResultList();
        Map<Long, Set<Long>> reachCache = new LinkedHashMap<>();
        Map<Long, List<Assignment>> result = new LinkedHashMap<>();
        for (Person person : people) {
            result.put(
                    person.getId(),
                    all.stream().filter(a -> reaches(a, person, reachCache)).toList());
        }
        return result;
    }

    private boolean reaches(Assignment assignment, Person person, Map<Long, Set<Long>> reachCache) {
        if (!person.isActive()) {
            return false;
        }
        if (assignment.getPerson() != null) {
            return assignment.getPerson().equals(person);
        }
        if (assignment.getRole() != null) {
            return person.hasRole(assignment.getRole());
        }
        Set<Long> reach = reachCache.computeIfAbsent(
                assignment.getUnit().getId(), id -> new HashSet<>(units.withDescendants(List.of(id))));
        return reach.contains(person.getUnit().getId());
    }

    private static List<AssignedModule> expand(Assignment assignment, LocalDate due) {
        if (assignment.getModule() != null) {
            return List.of(new AssignedModule(assignment.getModule().getId(), due, null));
        }
        return assignment.getTrack().getModuleIds().stream()
                .map(id -> new AssignedModule(id, due, assignment.getTrack().getId()))
                .toList();
    }
}
