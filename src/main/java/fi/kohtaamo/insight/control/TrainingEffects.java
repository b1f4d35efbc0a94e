package fi.kohtaamo.insight.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training's effect from the staggered rollout ({@link StaggeredEffect}) for the analyses page, kept for the inputs it
 * was computed from: the bootstrap recomputes the estimate {@value StaggeredEffect#REPLICATIONS} times, so the page
 * computes it once per set of units' months, training starts and month, and answers from memory while none of them
 * changes. The key is the input itself, so new answers or a new start are never served an old figure.
 */
@ApplicationScoped
public class TrainingEffects {

    /** How many different inputs (viewers' unit sets × starts × outcomes) are kept. */
    static final int KEPT = 64;

    private record Key(List<StaggeredEffect.Series> series, YearMonth current) {}

    private final Map<Key, StaggeredEffect.Result> results =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, StaggeredEffect.Result> eldest) {
                    return size() > KEPT;
                }
            });

    /** The effect on {@code outcome} of the units' training by {@code start}; {@code current} is the month it is now. */
    public StaggeredEffect.Result estimate(
            List<UnitFacts> units, UnitFacts.Start start, StaggeredEffect.Outcome outcome, YearMonth current) {
        // Months that have not ended are never used: without them, today's new answers keep the kept result valid.
        List<StaggeredEffect.Series> series = StaggeredEffect.series(units, start, outcome).stream()
                .map(s -> new StaggeredEffect.Series(s.unitId(), s.start(), ended(s.months(), current)))
                .toList();
        Key key = new Key(series, current);
        StaggeredEffect.Result result = results.get(key);
        if (result == null) {
            result = StaggeredEffect.estimate(key.series(), current);
            results.put(key, result);
        }
        return result;
    }

    private static Map<YearMonth, StaggeredEffect.Month> ended(
            Map<YearMonth, StaggeredEffect.Month> months, YearMonth current) {
        Map<YearMonth, StaggeredEffect.Month> ended = new java.util.TreeMap<>(months);
        ended.keySet().removeIf(month -> !month.isBefore(current));
        return ended;
    }
}
