package fi.kohtaamo.home.control;

import fi.kohtaamo.insight.control.Insights;
import fi.kohtaamo.insight.control.UnitFacts;
import fi.kohtaamo.insight.control.WorkshopTally;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.LearningItem;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.survey.entity.SurveyImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HR's view of the organisation at a glance: how far coaching and training reach ({@link Coverage}), the customers'
 * NPS over the last year for the whole organisation and per region ({@link Trend}), the units that need attention by
 * the {@link Attention} rules, and the work running in the background (imports, open pulse rounds). The units are
 * those the viewer oversees; the unit facts are {@link Insights}' own, so the home page agrees with the dashboard.
 */
@ApplicationScoped
public class OrganisationOverview {

    /** Months of the trend: the current one and the eleven before it. */
    public static final int TREND_MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Insights insights;

    @Inject
    Learners learners;

    @Inject
    Progresses progresses;

    @Inject
    People people;

    @Inject
    Pulses pulses;

    @Inject
    Clock clock;

    /**
     * How far the programme reaches.
     *
     * @param supervisors active people who lead a unit
     * @param coached of those, the ones who have finished the supervisor track
     * @param staffCompletion staff-track modules done as a share of those due, 0–100, or null when none is due
     * @param units customer-facing units
     * @param unitsWithWorkshop of those, the ones that held a workshop in the last {@link Attention#WORKSHOP_DAYS} days
     */
    public record Coverage(long supervisors, long coached, Integer staffCompletion, long units, long unitsWithWorkshop)
            implements Serializable {

        public Integer getCoachedPercent() {
            return percent(coached, supervisors);
        }

        public Integer getWorkshopPercent() {
            return percent(unitsWithWorkshop, units);
        }

        private static Integer percent(long part, long whole) {
            return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
        }
    }

    /** A region's customer NPS answers per month of the trend. */
    public record RegionTrend(Unit region, List<NpsTally> months) implements Serializable {

        /** The latest month of the trend with enough answers for a chart point, or null. */
        public NpsTally getLatest() {
            for (int i = months.size() - 1; i >= 0; i--) {
                if (months.get(i).chartable()) {
                    return months.get(i);
                }
            }
            return null;
        }
    }

    /** The NPS trend: the months, oldest first, the whole organisation's answers, and each region that has any. */
    public record Trend(List<YearMonth> months, List<NpsTally> organisation, List<RegionTrend> regions)
            implements Serializable {}

    /**
     * A unit that needs attention, and why.
     *
     * @param npsFall points NPS fell from the previous full month to the last, or null when it did not fall beyond
     *     its margin
     */
    public record UnitNeed(
            Unit unit, Unit region, List<Attention.Reason> reasons, long staff, long overdue, Double npsFall)
            implements Serializable {}

    /** Everything HR's home page shows about the units. */
    public record Overview(Coverage coverage, Trend trend, List<UnitNeed> attention) implements Serializable {}

    /** The overview of the customer-facing units among {@code visible}. */
    public Overview overview(Collection<Long> visible) {
        Insights.Scope scope = insights.scope(visible);
        Map<Long, Long> owner = scope.owner();
        List<UnitFacts> facts = insights.facts(scope);
        LocalDate today = LocalDate.now(clock);
        Map<Long, WorkshopTally> workshops = insights.workshops(owner, today.minusDays(Attention.WORKSHOP_DAYS), today);
        Map<Long, Long> overdue = overdueByUnit(owner);
        YearMonth current = YearMonth.now(clock);
        List<UnitNeed> attention = new ArrayList<>();
        long withWorkshop = 0;
        long done = 0;
        long due = 0;
        for (UnitFacts unit : facts) {
            Long id = unit.unit().getId();
            long held = workshops.getOrDefault(id, WorkshopTally.NONE).sessions();
            withWorkshop += held > 0 ? 1 : 0;
            done += unit.staffModulesDone();
            due += unit.employees() * unit.staffTrackModules();
            NpsTally previous = month(unit, current.minusMonths(2));
            NpsTally last = month(unit, current.minusMonths(1));
            long late = overdue.getOrDefault(id, 0L);
            List<Attention.Reason> reasons = Attention.reasons(new Attention.Figures(
                    unit.staff(), late, previous, last, held, unit.supervisorTrackDone() != null));
            if (!reasons.isEmpty()) {
                attention.add(new UnitNeed(
                        unit.unit(),
                        unit.region(),
                        reasons,
                        unit.staff(),
                        late,
                        Attention.npsFall(previous, last).orElse(null)));
            }
        }
        attention.sort(
                Comparator.comparingInt((UnitNeed need) -> -need.reasons().size()));
        Coached supervisors = supervisorsCoached(owner.keySet());
        Coverage coverage = new Coverage(
                supervisors.supervisors(),
                supervisors.coached(),
                due == 0 ? null : (int) Math.round(100.0 * done / due),
                facts.size(),
                withWorkshop);
        return new Overview(coverage, trend(facts, current), attention);
    }

    /** Imports being checked or imported now, oldest first. */
    public List<SurveyImport> runningImports() {
        return em.createQuery(
                        "select i from SurveyImport i where i.status in :running order by i.createdAt",
                        SurveyImport.class)
                .setParameter("running", List.of(SurveyImport.Status.CHECKING, SurveyImport.Status.IMPORTING))
                .getResultList();
    }

    /** Pulse rounds open today, those closing soonest first. */
    public List<PulseRound> openPulseRounds() {
        LocalDate today = LocalDate.now(clock);
        return pulses.rounds().stream()
                .filter(round -> round.openOn(today))
                .sorted(Comparator.comparing(PulseRound::getClosesOn))
                .toList();
    }

    private static NpsTally month(UnitFacts unit, YearMonth month) {
        return unit.sum(month, month).nps();
    }

    /** The trend over the last {@link #TREND_MONTHS} months, the current one included. */
    static Trend trend(List<UnitFacts> facts, YearMonth current) {
        List<YearMonth> months = UnitFacts.range(current.minusMonths(TREND_MONTHS - 1L), current);
        List<NpsTally> organisation = new ArrayList<>();
        Map<Long, Unit> regions = new LinkedHashMap<>();
        Map<Long, List<NpsTally>> byRegion = new HashMap<>();
        for (YearMonth month : months) {
            NpsTally all = NpsTally.EMPTY;
            Map<Long, NpsTally> regionMonth = new HashMap<>();
            for (UnitFacts unit : facts) {
                NpsTally tally = month(unit, month);
                all = all.plus(tally);
                if (unit.region() != null) {
                    regions.putIfAbsent(unit.region().getId(), unit.region());
                    regionMonth.merge(unit.region().getId(), tally, NpsTally::plus);
                }
            }
            organisation.add(all);
            regions.keySet()
                    .forEach(region -> byRegion.computeIfAbsent(region, k -> new ArrayList<>())
                            .add(regionMonth.getOrDefault(region, NpsTally.EMPTY)));
        }
        List<RegionTrend> trends = new ArrayList<>();
        regions.forEach((id, region) -> {
            List<NpsTally> tallies = byRegion.get(id);
            if (tallies.stream().anyMatch(NpsTally::chartable)) {
                trends.add(new RegionTrend(region, tallies));
            }
        });
        return new Trend(months, organisation, trends);
    }

    /** Per customer-facing unit, how many of its active people are overdue on at least one assigned module. */
    private Map<Long, Long> overdueByUnit(Map<Long, Long> owner) {
        List<Person> staff =
                people.inUnits(owner.keySet()).stream().filter(Person::isActive).toList();
        Map<Long, List<LearningItem>> items = learners.itemsFor(staff, false);
        Map<Long, Long> overdue = new HashMap<>();
        for (Person person : staff) {
            if (items.getOrDefault(person.getId(), List.of()).stream().anyMatch(LearningItem::isOverdue)) {
                overdue.merge(owner.get(person.getUnit().getId()), 1L, Long::sum);
            }
        }
        return overdue;
    }

    /** Active supervisors, and how many of them have finished the supervisor track. */
    private record Coached(long supervisors, long coached) {}

    /** Active supervisors of the units, and how many of them have finished every module of the supervisor track. */
    private Coached supervisorsCoached(Set<Long> unitIds) {
        List<Person> supervisors = em
                .createQuery(
                        "select distinct p from Person p join p.supervisedUnits u where p.active = true", Person.class)
                .getResultList()
                .stream()
                .filter(p -> p.getSupervisedUnits().stream().anyMatch(u -> unitIds.contains(u.getId())))
                .toList();
        List<String> track = learners.tracks().stream()
                .filter(t -> t.getId().equals(Insights.SUPERVISOR_TRACK))
                .findFirst()
                .map(Track::getModuleIds)
                .orElse(List.of());
        Map<Long, Map<String, Progress>> progress = progresses.latestByPerson(
                supervisors.stream().map(Person::getId).toList());
        long coached = supervisors.stream()
                .filter(p -> !track.isEmpty()
                        && track.stream().allMatch(module -> {
                            Progress own =
                                    progress.getOrDefault(p.getId(), Map.of()).get(module);
                            return own != null && own.isCompleted();
                        }))
                .count();
        return new Coached(supervisors.size(), coached);
    }
}
