package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The unit tree: reading it, walking it downwards, and keeping it a tree when units are created or moved. Every unit
 * created, changed, moved, deactivated or reactivated is written to the audit log in the same transaction.
 */
@ApplicationScoped
public class Units {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<Unit> all() {
        return em.createNamedQuery("Unit.findAll", Unit.class).getResultList();
    }

    public Optional<Unit> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Unit.class, id));
    }

    public Optional<Unit> findByCode(String code) {
        return em.createNamedQuery("Unit.findByCode", Unit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Whether another unit than {@code exceptId} already uses this code (codes are compared ignoring case). */
    public boolean codeTaken(String code, Long exceptId) {
        return findByCode(code).filter(u -> !u.getId().equals(exceptId)).isPresent();
    }

    /** The given units and every unit below them. */
    public Set<Long> withDescendants(Collection<Long> unitIds) {
        return withDescendants(unitIds, childrenByParent());
    }

    private static Set<Long> withDescendants(Collection<Long> unitIds, Map<Long, List<Long>> children) {
        Set<Long> result = new HashSet<>();
        var queue = new ArrayDeque<>(unitIds);
        while (!queue.isEmpty()) {
            Long id = queue.poll();
            if (result.add(id)) {
                queue.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }

    /** The ids of all units. */
    public Set<Long> allIds() {
        return childrenByParent().keySet();
    }

    /** Number of active people per unit id (not counting sub-units). */
    public Map<Long, Long> activeStaffCounts() {
        return em.createQuery(
                        "select p.unit.id, count(p) from Person p where p.active = true group by p.unit.id",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Summaries of the customer-facing units (kind UNIT) among the given ones, by name. */
    public List<UnitSummary> summaries(Set<Long> unitIds) {
        Map<Long, Long> staff = activeStaffCounts();
        Map<Long, List<String>> supervisors = new HashMap<>();
        em.createQuery(
                        "select u.id, p.firstName, p.lastName from Person p join p.supervisedUnits u"
                                + " where p.active = true order by p.lastName",
                        Object[].class)
                .getResultList()
                .forEach(row -> supervisors
                        .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(row[1] + " " + row[2]));
        Map<Long, List<Long>> children = childrenByParent();
        List<UnitSummary> result = new ArrayList<>();
        for (Unit unit : all()) {
            if (unit.getKind() == UnitKind.UNIT && unitIds.contains(unit.getId())) {
                long count = withDescendants(List.of(unit.getId()), children).stream()
                        .mapToLong(id -> staff.getOrDefault(id, 0L))
                        .sum();
                Unit parent = unit.getParent();
                String region = parent != null && parent.getKind() == UnitKind.REGION ? parent.getName() : "";
                result.add(new UnitSummary(unit, region, supervisors.getOrDefault(unit.getId(), List.of()), count));
            }
        }
        return result;
    }

    /** Where the unit sits, as people read it: "Region › unit › team", from the top down, without the organisation. */
    public static String pathName(Unit unit) {
        return path(unit).stream()
                .filter(u -> u.getParent() != null)
                .map(Unit::getName)
                .collect(Collectors.joining(" › "));
    }

    /** The unit's ancestors from the top down, ending with the unit itself. */
    public static List<Unit> path(Unit unit) {
        var path = new java.util.LinkedList<Unit>();
        for (Unit u = unit; u != null; u = u.getParent()) {
            path.addFirst(u);
        }
        return path;
    }

    /**
     * Creates or updates a unit under the given parent.
     *
     * @throws IllegalArgumentException if the kind does not fit under the parent, or the move would make the unit its
     *     own ancestor
     */
    @Transactional
    public Unit save(Unit unit, Long parentId) {
        Unit parent = find(parentId).orElse(null);
        if (parent != null
                && unit.getId() != null
                && withDescendants(List.of(unit.getId())).contains(parent.getId())) {
            throw new IllegalArgumentException("A unit cannot be placed under itself or its own sub-unit");
        }
        unit.moveUnder(parent);
        if (unit.getId() == null) {
            em.persist(unit);
            audit.record(
                    AuditAction.UNIT_CREATED,
                    AuditTarget.unit(unit.getId(), unit.getName()),
                    unit.getCode() + ", " + unit.getKind() + ", under " + nameOf(parent));
            return unit;
        }
        Unit before = em.find(Unit.class, unit.getId());
        String was = before == null ? null : describe(before);
        String oldParent = before == null ? null : nameOf(before.getParent());
        Long oldParentId = before == null || before.getParent() == null
                ? null
                : before.getParent().getId();
        Unit saved = em.merge(unit);
        AuditTarget target = AuditTarget.unit(saved.getId(), saved.getName());
        if (was != null && !was.equals(describe(saved))) {
            audit.record(AuditAction.UNIT_CHANGED, target, was + " → " + describe(saved));
        }
        if (before != null && !java.util.Objects.equals(oldParentId, parent == null ? null : parent.getId())) {
            audit.record(AuditAction.UNIT_MOVED, target, oldParent + " → " + nameOf(parent));
        }
        return saved;
    }

    @Transactional
    public void setActive(Long unitId, boolean active) {
        find(unitId).filter(unit -> unit.isActive() != active).ifPresent(unit -> {
            unit.setActive(active);
            audit.record(
                    active ? AuditAction.UNIT_REACTIVATED : AuditAction.UNIT_DEACTIVATED,
                    AuditTarget.unit(unit.getId(), unit.getName()),
                    unit.getCode());
        });
    }

    /** What the audit log shows of a unit's own fields. */
    private static String describe(Unit unit) {
        return unit.getCode() + ", " + unit.getName() + ", " + unit.getKind();
    }

    private static String nameOf(Unit unit) {
        return unit == null ? "the top" : unit.getName();
    }

    /** The kinds that may be placed under a parent of the given kind ({@code null}: at the top). */
    public static List<UnitKind> kindsUnder(UnitKind parentKind) {
        return Arrays.stream(UnitKind.values())
                .filter(kind -> kind.mayHaveParent(parentKind))
                .toList();
    }

    private Map<Long, List<Long>> childrenByParent() {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] link :
                em.createNamedQuery("Unit.parentLinks", Object[].class).getResultList()) {
            children.computeIfAbsent((Long) link[0], id -> new ArrayList<>());
            if (link[1] != null) {
                children.computeIfAbsent((Long) link[1], id -> new ArrayList<>())
                        .add((Long) link[0]);
            }
        }
        return children;
    }
}
