package fi.kohtaamo.insight.control;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.stats.NpsTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * Gathers, per customer-facing unit (its teams included), the facts the insight views set side by side: staff and
 * their training, supervisors' coaching, the first workshop, and customers' answers per month. Each kind of fact is
 * one aggregate query over all units, so the dashboard costs the same few queries however many units there are.
 */
@ApplicationScoped
public class Insights {

    /** The track every supervisor completes before leading workshops. */
    public static final String SUPERVISOR_TRACK = "supervisor-coaching";

    /** The track for customer-facing staff. */
    public static final String STAFF_TRACK = "staff";

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    /**
     * The customer-facing units among {@code visible}, in the order of the unit tree, and for every unit at or below
     * one of them that unit's id (teams count for their unit).
     */
    public record Scope(Map<Long, Long> owner, Map<Long, Unit> facing) {}

    /** Works out the scope in memory from one read of the unit tree. */
    public Scope scope(Collection<Long> visible) {
        List<Unit> all = units.all();
        Map<Long, List<Long>> children = new HashMap<>();
        for (Unit unit : all) {
            if (unit.getParent() != null) {
                children.computeIfAbsent(unit.getParent().getId(), k -> new ArrayList<>())
                        .add(unit.getId());
            }
        }
        Map<Long, Long> owner = new LinkedHashMap<>();
        Map<Long, Unit> facing = new LinkedHashMap<>();
        for (Unit unit : all) {
            if (unit.getKind() == UnitKind.UNIT && unit.isActive() && visible.contains(unit.getId())) {
                facing.put(unit.getId(), unit);
                ArrayDeque<Long> queue = new ArrayDeque<>(List.of(unit.getId()));
                while (!queue.isEmpty()) {
                    Long id = queue.poll();
                    if (owner.putIfAbsent(id, unit.getId()) == null) {
                        queue.addAll(children.getOrDefault(id, List.of()));
                    }
                }
            }
        }
        facing.keySet().retainAll(Set.copyOf(owner.values()));
        return new Scope(owner, facing);
    }

    /** Workshops held from {@code from} to {@code to} (inclusive) per customer-facing unit that held any. */
    public Map<Long, WorkshopTally> workshops(Map<Long, Long> owner, LocalDate from, LocalDate to) {
        Map<Long, WorkshopTally> workshops = new HashMap<>();
        String held = " where s.status = 'HELD' and s.starts_at >= ? and s.starts_at < ? group by s.unit_id";
        for (Object[] row : rows(
                "select s.unit_id, count(distinct s.id), count(i.person_id),"
                        + " sum(case when i.attendance in ('ATTENDED', 'PARTLY_ATTENDED') then 1 else 0 end)"
                        + " from workshop_session s"
                        + " left join session_invitee i on i.session_id = s.id" + held,
                from,
                to)) {
            merge(
                    workshops,
                    owner.get(id(row[0])),
                    new WorkshopTally(number(row[1]), number(row[2]), number(row[3]), 0, 0),
                    WorkshopTally::plus);
        }
        for (Object[] row : rows(
                "select s.unit_id, count(*), sum(case when c.status = 'DONE' then 1 else 0 end)"
                        + " from workshop_session s join commitment c on c.session_id = s.id" + held,
                from,
                to)) {
            merge(
                    workshops,
                    owner.get(id(row[0])),
                    new WorkshopTally(0, 0, 0, number(row[1]), number(row[2])),
                    WorkshopTally::plus);
        }
        return workshops;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql)
                .setParameter(1, Timestamp.valueOf(from.atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .getResultList();
    }

    /** Facts of the customer-facing units among {@code visible}, in the order of the unit tree. */
    public List<UnitFacts> facts(Collection<Long> visible) {
        return facts(scope(visible));
    }

    /** Facts of the scope's customer-facing units, in the order of the unit tree. */
    public List<UnitFacts> facts(Scope scope) {
        return facts(scope.facing(), scope.owner());
    }

    /** Facts of a unit's teams (the units directly below it), each with the units below it. */
    public List<UnitFacts> teamFacts(Long unitId) {
        List<Unit> all = units.all();
        Map<Long, Unit> teams = new LinkedHashMap<>();
        for (Unit unit : all) {
            if (unit.getParent() != null && unit.getParent().getId().equals(unitId) && unit.isActive()) {
                teams.put(unit.getId(), unit);
            }
        }
        Map<Long, Long> owner = new HashMap<>();
        for (Long team : teams.keySet()) {
            units.withDescendants(List.of(team)).forEach(id -> owner.put(id, team));
        }
        return facts(teams, owner);
    }

    private List<UnitFacts> facts(Map<Long, Unit> facing, Map<Long, Long> owner) {
        if (facing.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> staff = new HashMap<>();
        Map<Long, Long> employees = new HashMap<>();
        for (Object[] row : rows("select p.unit_id, count(*), sum(case when exists (select 1 from person_role r"
                + " where r.person_id = p.id and r.role = 'EMPLOYEE') then 1 else 0 end)"
                + " from person p where p.active = true group by p.unit_id")) {
            merge(staff, owner.get(id(row[0])), number(row[1]), Long::sum);
            merge(employees, owner.get(id(row[0])), number(row[2]), Long::sum);
        }
        Map<Long, Long> done = new HashMap<>();
        Map<Long, Map<YearMonth, Long>> doneByMonth = new HashMap<>();
        for (Object[] row : rows("select c.unit_id, c.month_start, sum(c.completions) from unit_month_completion c"
                + " join track_module tm on tm.module_id = c.module_id and tm.track_id = '" + STAFF_TRACK + "'"
                + " group by c.unit_id, c.month_start")) {
            Long unit = owner.get(id(row[0]));
            merge(done, unit, number(row[2]), Long::sum);
            if (unit != null) {
                doneByMonth
                        .computeIfAbsent(unit, k -> new TreeMap<>())
                        .merge(YearMonth.from(date(row[1])), number(row[2]), Long::sum);
            }
        }
        int staffModules = trackSize(STAFF_TRACK);
        int supervisorModules = trackSize(SUPERVISOR_TRACK);
        Map<Long, LocalDate> coached = supervisorsCoached(supervisorModules, owner);
        Map<Long, LocalDate> firstWorkshop = new HashMap<>();
        for (Object[] row : rows(
                "select unit_id, min(starts_at) from workshop_session where status = 'HELD'" + " group by unit_id")) {
            Long unit = owner.get(id(row[0]));
            if (unit != null) {
                LocalDate day = date(row[1]);
                firstWorkshop.merge(unit, day, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<Long, Map<YearMonth, CustomerTally>> months = new HashMap<>();
        for (Object[] row : rows("select unit_id, month_start, promoters, passives, detractors, csat_sum, csat_count"
                + " from unit_month_result")) {
            Long unit = owner.get(id(row[0]));
            if (unit != null) {
                months.computeIfAbsent(unit, k -> new TreeMap<>())
                        .merge(
                                YearMonth.from(date(row[1])),
                                new CustomerTally(
                                        new NpsTally(number(row[2]), number(row[3]), number(row[4])),
                                        number(row[5]),
                                        number(row[6])),
                                CustomerTally::plus);
            }
        }
        List<UnitFacts> facts = new ArrayList<>();
        for (Unit unit : facing.values()) {
            Unit region =
                    unit.getParent() != null && unit.getParent().getKind() == UnitKind.REGION ? unit.getParent() : null;
            facts.add(new UnitFacts(
                    unit,
                    region,
                    staff.getOrDefault(unit.getId(), 0L),
                    employees.getOrDefault(unit.getId(), 0L),
                    done.getOrDefault(unit.getId(), 0L),
                    staffModules,
                    coached.get(unit.getId()),
                    firstWorkshop.get(unit.getId()),
                    months.getOrDefault(unit.getId(), Map.of()),
                    doneByMonth.getOrDefault(unit.getId(), Map.of())));
        }
        return facts;
    }

    /** Reaction and learning per track, over the completed modules of people in the visible units. */
    public Map<String, LearningTally> learningByTrack(Collection<Long> visible) {
        Map<String, LearningTally> tracks = new TreeMap<>();
        for (Object[] row : rows("select tm.track_id, p.unit_id, coalesce(sum(mp.rating), 0), count(mp.rating),"
                + " coalesce(sum(mp.quiz_score), 0), count(mp.quiz_score),"
                + " sum(case when mp.first_try_passed = true then 1 else 0 end), count(mp.first_try_passed)"
                + " from module_progress mp join track_module tm on tm.module_id = mp.module_id"
                + " join person p on p.id = mp.person_id where mp.completed_at is not null"
                + " group by tm.track_id, p.unit_id")) {
            if (!visible.contains(id(row[1]))) {
                continue;
            }
            tracks.merge(
                    (String) row[0],
                    new LearningTally(
                            number(row[2]),
                            number(row[3]),
                            number(row[4]),
                            number(row[5]),
                            number(row[6]),
                            number(row[7])),
                    LearningTally::plus);
        }
        return tracks;
    }

    /**
     * Per track, the customer-facing units among {@code visible} whose people took it: at least one active person of
     * the unit (or of its teams) completed one of the track's modules.
     */
    public Map<String, Set<Long>> unitsByTrack(Collection<Long> visible) {
        Map<Long, Long> owner = scope(visible).owner();
        Map<String, Set<Long>> tracks = new TreeMap<>();
        for (Object[] row : rows("select distinct tm.track_id, p.unit_id from module_progress mp"
                + " join track_module tm on tm.module_id = mp.module_id join person p on p.id = mp.person_id"
                + " where mp.completed_at is not null and p.active = true")) {
            Long unit = owner.get(id(row[1]));
            if (unit != null) {
                tracks.computeIfAbsent((String) row[0], k -> new java.util.HashSet<>())
                        .add(unit);
            }
        }
        return tracks;
    }

    /** When the last of each unit's supervisors finished the supervisor track; absent while any has not. */
    private Map<Long, LocalDate> supervisorsCoached(int modules, Map<Long, Long> owner) {
        Map<Long, LocalDate> last = new HashMap<>();
        Set<Long> incomplete = new java.util.HashSet<>();
        String completed = " from module_progress mp join track_module tm on tm.module_id = mp.module_id"
                + " and tm.track_id = '" + SUPERVISOR_TRACK + "' where mp.person_id = us.person_id"
                + " and mp.completed_at is not null";
        for (Object[] row : rows("select us.unit_id, us.person_id, (select count(*)" + completed
                + "), (select max(mp.completed_at)" + completed + ") from unit_supervisor us")) {
            Long unit = owner.get(id(row[0]));
            if (unit == null) {
                continue;
            }
            if (modules == 0 || number(row[2]) < modules) {
                incomplete.add(unit);
            } else {
                last.merge(unit, date(row[3]), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        incomplete.forEach(last::remove);
        return last;
    }

    private int trackSize(String track) {
        return (int) number(em.createNativeQuery("select count(*) from track_module where track_id = ?")
                .setParameter(1, track)
                .getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    /** Adds a unit's value into its customer-facing unit's; rows of units outside the scope ({@code null}) are left out. */
    private static <T> void merge(Map<Long, T> into, Long unit, T value, BinaryOperator<T> plus) {
        if (unit != null) {
            into.merge(unit, value, plus);
        }
    }

    private static Long id(Object value) {
        return ((Number) value).longValue();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        throw new IllegalStateException("not a date: " + value);
    }
}
