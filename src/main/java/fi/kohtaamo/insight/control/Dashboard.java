package fi.kohtaamo.insight.control;

import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.stats.NpsCalculator;
import fi.kohtaamo.pulse.control.Pulses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
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
            String weakestFactor,
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
        Map<Long, long[]> workshops = insights.workshops(owner, from.atDay(1), to.atEndOfMonth());
        List<String> factors = Pulses.STATEMENT_FACTORS.stream().distinct().toList();
        Map<Long, Pulses.GroupResult> pulse = pulses.latest(scope.facing().keySet(), PULSE_ROUNDS);
        YearMonth current = YearMonth.now();
        List<Row> rows = new ArrayList<>();
        for (UnitFacts facts : insights.facts(scope)) {
            if (regionId != null
                    && (facts.region() == null || !facts.region().getId().equals(regionId))) {
                continue;
            }
            long[] period = facts.sum(from, to);
            long[] held = workshops.getOrDefault(facts.unit().getId(), new long[5]);
            Optional<BeforeAfter.UnitChange> change = Optional.ofNullable(facts.trainingStart(start))
                    .flatMap(s -> BeforeAfter.windows(s, window, current))
                    .map(w -> BeforeAfter.change(facts, w));
            Double enps = null;
            String weakest = null;
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
                weakest = factors.get(low);
            }
            List<Double> spark = new ArrayList<>();
            for (YearMonth month : UnitFacts.range(current.minusMonths(11), current)) {
                long[] m = facts.sum(month, month);
                spark.add(NpsCalculator.chartable(m[0]) ? NpsCalculator.nps(m[1], m[2], m[0]) : null);
            }
            rows.add(new Row(
                    facts,
                    held[0],
                    held[1] == 0 ? null : (int) Math.round(100.0 * held[2] / held[1]),
                    held[3] == 0 ? null : (int) Math.round(100.0 * held[4] / held[3]),
                    period[0],
                    period[0] == 0 ? null : NpsCalculator.nps(period[1], period[2], period[0]),
                    period[0] < 2 ? null : NpsCalculator.marginOfError(period[1], period[2], period[0]),
                    period[4] == 0 ? null : (double) period[3] / period[4],
                    change,
                    enps,
                    weakest,
                    spark));
        }
        return rows;
    }

    /** The default period: the last twelve months, this one included. */
    public static YearMonth[] lastYear() {
        YearMonth now = YearMonth.now();
        return new YearMonth[] {now.minusMonths(11), now};
    }
}
