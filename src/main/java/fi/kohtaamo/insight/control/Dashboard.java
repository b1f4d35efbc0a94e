package fi.kohtaamo.insight.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.pulse.control.Pulses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HR's dashboard: one row per customer-facing unit with its training (supervisors coached, staff-track completion,
 * workshops and attendance, commitments done) beside its customers (NPS with its margin and n, the change since
 * training started with an interval, CSAT) and its employees (the latest pulse eNPS and weakest internal factor, from
 * the latest closed round whose results {@link Pulses#latest} shows for the unit), plus a year of monthly NPS for a
 * sparkline.
 */
@ApplicationScoped
public class Dashboard {

    @Inject
    Clock clock;

    /** How many of the latest closed pulse rounds that included a unit are searched for its latest result. */
    static final int PULSE_ROUNDS = 3;

    @Inject
    Insights insights;

    @Inject
    Pulses pulses;

    /** One unit's line. Numbers are null where there is nothing (or too little) to show. */
    public record Row(
            UnitFacts facts,
            long workshops,
            Integer attendance,
            Integer commitmentsDone,
            long responses,
            Double nps,
            Double margin,
            Double csat,
            Optional<BeforeAfter.UnitChange> change,
            Double enps,
            Factor weakestFactor,
            List<Double> spark)
            implements Serializable {

        public Unit getUnit() {
            return facts.unit();
        }

        public String getRegion() {
            return facts.region() == null ? "" : facts.region().getName();
        }

        /** The change's estimate, for sorting; null when there is none. */
        public Double getChange() {
            return change.flatMap(BeforeAfter.UnitChange::change)
                    .map(Statistics.Interval::estimate)
                    .orElse(null);
        }
    }

    /**
     * @param visible the units the viewer may see
     * @param regionId only this region's units, or null for all
     * @param from first month of the period
     * @param to last month of the period
     */
    public List<Row> rows(
            Collection<Long> visible, Long regionId, YearMonth from, YearMonth to, UnitFacts.Start start, int window) {
        Insights.Scope scope = insights.scope(visible);
        Map<Long, Long> owner = scope.owner();
        Map<Long, WorkshopTally> workshops = insights.workshops(owner, from.atDay(1), to.atEndOfMonth());
        Map<Long, Pulses.GroupResult> pulse = pulses.latest(scope.facing().keySet(), PULSE_ROUNDS);
        YearMonth current = BeforeAfter.currentMonth(clock);
        List<Row> rows = new ArrayList<>();
        for (UnitFacts facts : insights.facts(scope)) {
            if (regionId != null
                    && (facts.region() == null || !facts.region().getId().equals(regionId))) {
                continue;
            }
            CustomerTally period = facts.sum(from, to);
            NpsTally nps = period.nps();
            WorkshopTally held = workshops.getOrDefault(facts.unit().getId(), WorkshopTally.NONE);
            Optional<BeforeAfter.UnitChange> change = Optional.ofNullable(facts.trainingStart(start))
                    .flatMap(s -> BeforeAfter.windows(s, window, current))
                    .map(w -> BeforeAfter.change(facts, w));
            Double enps = null;
            Factor weakest = null;
            Pulses.GroupResult result = pulse.get(facts.unit().getId());
            if (result != null) {
                enps = result.enps();
                List<Double> means = result.factorMeans();
                int low = 0;
                for (int i = 1; i < means.size(); i++) {
                    if (means.get(i) < means.get(low)) {
                        low = i;
                    }
                }
                weakest = Factor.values()[low];
            }
            List<Double> spark = new ArrayList<>();
            for (YearMonth month : UnitFacts.range(current.minusMonths(11), current)) {
                NpsTally m = facts.sum(month, month).nps();
                spark.add(m.chartable() ? m.nps() : null);
            }
            rows.add(new Row(
                    facts,
                    held.sessions(),
                    held.attendance(),
                    held.commitmentsDonePercent(),
                    nps.total(),
                    nps.total() == 0 ? null : nps.nps(),
                    nps.total() < 2 ? null : nps.margin(),
                    period.csat(),
                    change,
                    enps,
                    weakest,
                    spark));
        }
        return rows;
    }

    /** The default period: the last twelve months, {@code thisMonth} included. */
    public static YearMonth[] lastYear(YearMonth thisMonth) {
        return new YearMonth[] {thisMonth.minusMonths(11), thisMonth};
    }
}
