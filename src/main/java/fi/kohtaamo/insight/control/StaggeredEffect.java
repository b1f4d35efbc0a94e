package fi.kohtaamo.insight.control;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * How much training changed an outcome, estimated from the staggered rollout: units start training in different
 * months, so in every month the units that have not yet started show what would have happened to the trained ones
 * without training. This is the difference-in-differences design for staggered adoption of Callaway and Sant'Anna
 * (2021, <i>Journal of Econometrics</i> 225), without covariates, with not-yet-treated units as the comparison group.
 *
 * <h2>What it computes</h2>
 *
 * <p>For every cohort {@code g} (the units whose training started in month {@code g}) and month {@code t}, the
 * group-time effect ATT(g, t) is the cohort's change from the month before its start ({@code g − 1}, the base) to
 * {@code t}, minus the same change of the comparison units: those whose training had not started by {@code t} nor by
 * the base (units that never started included, cohort {@code g} itself excluded). Each unit's change is weighted by
 * its answers in the two months, {@code n_t·n_b / (n_t + n_b)} (the weight that lets a month with few answers count
 * less); a unit-month with fewer than {@link #MIN_MONTH_ANSWERS} answers is not used. Months from {@code −6} to
 * {@code +12} around each start are estimated; the base month {@code −1} is zero by construction.
 *
 * <p>The group-time effects are aggregated with the weight of their trained units' answers into
 *
 * <ul>
 *   <li>the <b>overall effect</b>: all months from the start on (event times 0…12);
 *   <li>the <b>event study</b>: one effect per month since the start, −6…+12;
 *   <li>the <b>pre-training difference</b>: event times −6…−2 together. Training cannot act before it starts, so
 *       when this is clearly not zero, trained and not-yet-trained units were not moving alike (parallel trends do not
 *       hold) and the overall effect should not be trusted.
 * </ul>
 *
 * <h2>Uncertainty</h2>
 *
 * <p>A cluster bootstrap over units: {@link #REPLICATIONS} times, the units are drawn with replacement (a unit keeps
 * all its months, so answers of the same unit that move together are not taken as independent) and everything is
 * recomputed; the 95 % interval is the estimate ± 1.96 bootstrap standard errors. The random draws start from a fixed
 * {@link #SEED}, so the same data always give the same interval.
 *
 * <h2>When there is no answer</h2>
 *
 * <p>A month that has not ended ({@code current} and later) is never used. The overall effect needs at least
 * {@link #MIN_UNITS} trained units with a month after their start and as many comparison units; an event-study point
 * needs {@link #MIN_UNITS} trained units. Below that the figure is empty ("not enough data").
 *
 * <pre>{@code
 * StaggeredEffect.Result r = StaggeredEffect.estimate(
 *         StaggeredEffect.series(facts, UnitFacts.Start.FIRST_WORKSHOP, StaggeredEffect.Outcome.NPS),
 *         YearMonth.now(clock));
 * r.overall().ifPresent(effect -> ...);
 * }</pre>
 */
public final class StaggeredEffect {

    /** Fewest answers in a unit's month for that month to be used. */
    public static final int MIN_MONTH_ANSWERS = 5;

    /** Fewest trained units, and fewest comparison units, for an effect. */
    public static final int MIN_UNITS = 3;

    /** Bootstrap replications. */
    public static final int REPLICATIONS = 199;

    /** The bootstrap's seed: the same data give the same interval on every page load. */
    public static final long SEED = 20_211_201L;

    /** The first and last month since the start in the event study. */
    public static final int FIRST_EVENT = -6;

    public static final int LAST_EVENT = 12;

    private static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);

    private StaggeredEffect() {}

    /** The outcomes estimated: NPS (−100…100) or the CSAT mean (1–5), from a unit's monthly totals. */
    public enum Outcome {
        NPS,
        CSAT;

        /** The month's value and the number of answers it rests on, or null without answers. */
        Month of(CustomerTally tally) {
            if (this == NPS) {
                return tally.answers() == 0 ? null : new Month(tally.nps().nps(), tally.answers());
            }
            return tally.csatAnswers() == 0 ? null : new Month(tally.csat(), tally.csatAnswers());
        }
    }

    /** One unit-month: the outcome's value and its answers. */
    public record Month(double value, long answers) implements Serializable {}

    /**
     * One unit's months.
     *
     * @param unitId the unit's id (null for a unit not yet saved)
     * @param start the month its training started, or null if it has not
     * @param months the outcome per month
     */
    public record Series(Long unitId, YearMonth start, Map<YearMonth, Month> months) implements Serializable {}

    /** How to estimate: the bootstrap's replications and seed, and the fewest units for a figure. */
    public record Settings(int replications, long seed, int minUnits) implements Serializable {
        public static final Settings DEFAULT = new Settings(REPLICATIONS, SEED, MIN_UNITS);
    }

    /**
     * One group-time effect.
     *
     * @param cohort the month the cohort's training started
     * @param month the month compared with the month before the start
     * @param event months since the start
     * @param effect ATT(g, t)
     * @param weight its trained units' answer weight
     * @param trainedUnits trained units in it
     * @param comparisonUnits comparison units in it
     */
    public record GroupTime(
            YearMonth cohort,
            YearMonth month,
            int event,
            double effect,
            double weight,
            int trainedUnits,
            int comparisonUnits)
            implements Serializable {}

    /** The effect {@code event} months since the start; empty with too few trained units or at the base month. */
    public record EventPoint(int event, Optional<Statistics.Interval> effect, int trainedUnits)
            implements Serializable {

        /** The month before the start, against which every other month is compared. */
        public boolean base() {
            return event == -1;
        }
    }

    /**
     * The estimate.
     *
     * @param overall the effect over the months from the start on, with its interval; {@code n} is the trained units
     * @param preTrend the difference before the start (event times −6…−2), with its interval
     * @param events the event study, −6…+12
     * @param units trained and comparison units whose months were used
     * @param trainedUnits trained units with a month from their start on
     * @param comparisonUnits units used as a comparison
     * @param answers the answers in the unit-months used
     * @param cells the group-time effects
     * @param replications bootstrap replications
     */
    public record Result(
            Optional<Statistics.Interval> overall,
            Optional<Statistics.Interval> preTrend,
            List<EventPoint> events,
            int units,
            int trainedUnits,
            int comparisonUnits,
            long answers,
            List<GroupTime> cells,
            int replications)
            implements Serializable {

        /** {@code true} when there is an overall effect. */
        public boolean enough() {
            return overall.isPresent();
        }

        /**
         * Whether the months before training speak against the comparison: the pre-training difference's interval
         * excludes zero. Empty when there is no pre-training difference to judge.
         */
        public Optional<Boolean> trendsDiffer() {
            return preTrend.map(Statistics.Interval::excludesZero);
        }
    }

    /** The units' series for an outcome, each unit's training start by the given measure. */
    public static List<Series> series(List<UnitFacts> facts, UnitFacts.Start start, Outcome outcome) {
        List<Series> series = new ArrayList<>();
        for (UnitFacts unit : facts) {
            Map<YearMonth, Month> months = new java.util.TreeMap<>();
            unit.months().forEach((month, tally) -> {
                Month m = outcome.of(tally);
                if (m != null) {
                    months.put(month, m);
                }
            });
            series.add(new Series(unit.unit().getId(), unit.trainingStart(start), months));
        }
        return series;
    }

    /** The estimate with the {@link Settings#DEFAULT default settings}; {@code current} is the month it is now. */
    public static Result estimate(List<Series> units, YearMonth current) {
        return estimate(units, current, Settings.DEFAULT);
    }

    /** The estimate; months from {@code current} on have not ended and are left out. */
    public static Result estimate(List<Series> units, YearMonth current, Settings settings) {
        Panel panel = Panel.of(units, current);
        int[] once = new int[panel.units()];
        java.util.Arrays.fill(once, 1);
        Aggregate point = panel.aggregate(once, true);
        List<Aggregate> replicates = new ArrayList<>();
        if (point.trained.cardinality() >= settings.minUnits()
                && point.comparison.cardinality() >= settings.minUnits()) {
            RandomGenerator random = new MersenneTwister(settings.seed());
            for (int r = 0; r < settings.replications(); r++) {
                int[] draws = new int[panel.units()];
                for (int i = 0; i < panel.units(); i++) {
                    draws[random.nextInt(panel.units())]++;
                }
                replicates.add(panel.aggregate(draws, false));
            }
        }
        boolean enough = !replicates.isEmpty();
        int trained = point.trained.cardinality();
        Optional<Statistics.Interval> overall =
                enough ? interval(point.overall, replicates.stream().map(a -> a.overall), trained) : Optional.empty();
        Optional<Statistics.Interval> preTrend = enough
                ? interval(point.preTrend, replicates.stream().map(a -> a.preTrend), point.preUnits.cardinality())
                : Optional.empty();
        List<EventPoint> events = new ArrayList<>();
        for (int e = FIRST_EVENT; e <= LAST_EVENT; e++) {
            int k = e - FIRST_EVENT;
            int eventUnits = point.eventUnits[k].cardinality();
            Optional<Statistics.Interval> effect = enough && e != -1 && eventUnits >= settings.minUnits()
                    ? interval(point.events[k], replicates.stream().map(a -> a.events[k]), eventUnits)
                    : Optional.empty();
            events.add(new EventPoint(e, effect, eventUnits));
        }
        BitSet used = (BitSet) point.trained.clone();
        used.or(point.comparison);
        used.or(point.preUnits);
        return new Result(
                overall,
                preTrend,
                events,
                used.cardinality(),
                trained,
                point.comparison.cardinality(),
                panel.answers(used),
                point.cells,
                enough ? replicates.size() : 0);
    }

    /**
     * The estimate ± 1.96 bootstrap standard errors; empty without an estimate or when fewer than half the replicates
     * have one.
     */
    private static Optional<Statistics.Interval> interval(
            Double estimate, java.util.stream.Stream<Double> replicates, int n) {
        if (estimate == null) {
            return Optional.empty();
        }
        List<Double> all = replicates.toList();
        double[] values = all.stream()
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .toArray();
        if (values.length < 2 || 2 * values.length < all.size()) {
            return Optional.empty();
        }
        double se = new StandardDeviation().evaluate(values);
        return Optional.of(new Statistics.Interval(estimate, estimate - Z * se, estimate + Z * se, n));
    }

    /** The aggregates of one draw of units; null where nothing could be estimated. */
    private static final class Aggregate {
        Double overall;
        Double preTrend;
        final Double[] events = new Double[LAST_EVENT - FIRST_EVENT + 1];
        final BitSet trained = new BitSet();
        final BitSet comparison = new BitSet();
        final BitSet preUnits = new BitSet();
        final BitSet[] eventUnits = new BitSet[LAST_EVENT - FIRST_EVENT + 1];
        final List<GroupTime> cells = new ArrayList<>();

        Aggregate() {
            for (int k = 0; k < eventUnits.length; k++) {
                eventUnits[k] = new BitSet();
            }
        }
    }

    /**
     * The units' months as arrays over the months that have ended: values, answers (0 where a month is not used) and
     * each unit's start as a month index ({@link Integer#MAX_VALUE} for a unit that has not started).
     */
    private record Panel(
            YearMonth first, double[][] value, long[][] answers, int[] start, List<Integer> cohorts, int months) {

        static Panel of(List<Series> units, YearMonth current) {
            TreeSet<YearMonth> all = new TreeSet<>();
            units.forEach(u -> u.months().keySet().stream()
                    .filter(m -> m.isBefore(current))
                    .forEach(all::add));
            YearMonth first = all.isEmpty() ? current : all.first();
            int months = all.isEmpty() ? 0 : (int) ChronoUnit.MONTHS.between(first, all.last()) + 1;
            double[][] value = new double[units.size()][months];
            long[][] answers = new long[units.size()][months];
            int[] start = new int[units.size()];
            TreeSet<Integer> cohorts = new TreeSet<>();
            for (int i = 0; i < units.size(); i++) {
                Series unit = units.get(i);
                for (Map.Entry<YearMonth, Month> m : unit.months().entrySet()) {
                    int t = (int) ChronoUnit.MONTHS.between(first, m.getKey());
                    if (t >= 0 && t < months && m.getValue().answers() >= MIN_MONTH_ANSWERS) {
                        value[i][t] = m.getValue().value();
                        answers[i][t] = m.getValue().answers();
                    }
                }
                if (unit.start() == null) {
                    start[i] = Integer.MAX_VALUE;
                } else {
                    long g = ChronoUnit.MONTHS.between(first, unit.start());
                    start[i] = (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE - 1, g));
                    if (g >= 1 && g < months) {
                        cohorts.add((int) g);
                    }
                }
            }
            return new Panel(first, value, answers, start, List.copyOf(cohorts), months);
        }

        int units() {
            return start.length;
        }

        long answers(BitSet used) {
            long sum = 0;
            for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
                for (long n : answers[i]) {
                    sum += n;
                }
            }
            return sum;
        }

        /** Every group-time effect and their aggregates, each unit counted {@code draws[i]} times. */
        Aggregate aggregate(int[] draws, boolean keepCells) {
            Aggregate a = new Aggregate();
            double overallSum = 0;
            double overallWeight = 0;
            double preSum = 0;
            double preWeight = 0;
            double[] eventSum = new double[a.events.length];
            double[] eventWeight = new double[a.events.length];
            for (int g : cohorts) {
                int base = g - 1;
                for (int e = FIRST_EVENT; e <= LAST_EVENT; e++) {
                    int t = g + e;
                    if (e == -1 || t < 0 || t >= months) {
                        continue;
                    }
                    int cut = Math.max(t, base);
                    double trainedSum = 0;
                    double trainedWeight = 0;
                    double comparisonSum = 0;
                    double comparisonWeight = 0;
                    BitSet trained = new BitSet();
                    BitSet comparison = new BitSet();
                    for (int i = 0; i < start.length; i++) {
                        if (draws[i] == 0 || answers[i][t] == 0 || answers[i][base] == 0) {
                            continue;
                        }
                        boolean inCohort = start[i] == g;
                        if (!inCohort && start[i] <= cut) {
                            continue;
                        }
                        double nt = answers[i][t];
                        double nb = answers[i][base];
                        double w = draws[i] * nt * nb / (nt + nb);
                        double change = value[i][t] - value[i][base];
                        if (inCohort) {
                            trainedSum += w * change;
                            trainedWeight += w;
                            trained.set(i);
                        } else {
                            comparisonSum += w * change;
                            comparisonWeight += w;
                            comparison.set(i);
                        }
                    }
                    if (trainedWeight == 0 || comparisonWeight == 0) {
                        continue;
                    }
                    double effect = trainedSum / trainedWeight - comparisonSum / comparisonWeight;
                    int k = e - FIRST_EVENT;
                    eventSum[k] += trainedWeight * effect;
                    eventWeight[k] += trainedWeight;
                    a.eventUnits[k].or(trained);
                    if (e >= 0) {
                        overallSum += trainedWeight * effect;
                        overallWeight += trainedWeight;
                        a.trained.or(trained);
                        a.comparison.or(comparison);
                    } else {
                        preSum += trainedWeight * effect;
                        preWeight += trainedWeight;
                        a.preUnits.or(trained);
                        a.preUnits.or(comparison);
                    }
                    if (keepCells) {
                        a.cells.add(new GroupTime(
                                first.plusMonths(g),
                                first.plusMonths(t),
                                e,
                                effect,
                                trainedWeight,
                                trained.cardinality(),
                                comparison.cardinality()));
                    }
                }
            }
            a.overall = overallWeight > 0 ? overallSum / overallWeight : null;
            a.preTrend = preWeight > 0 ? preSum / preWeight : null;
            for (int k = 0; k < a.events.length; k++) {
                a.events[k] = eventWeight[k] > 0 ? eventSum[k] / eventWeight[k] : null;
            }
            return a;
        }
    }
}
