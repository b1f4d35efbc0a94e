package fi.kohtaamo.casework.control;

import fi.kohtaamo.casework.entity.DetractorCase;
import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.organisation.entity.Unit;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How a unit closes its detractor cases, for HR: cases opened, the share acknowledged within their target (of those
 * acknowledged or past their deadline, so that a case still inside its time counts for nobody yet), the median time
 * from opening to resolution, and how often each root cause was found.
 *
 * @param acknowledgedInTime percent, or null when no case has been acknowledged or passed its deadline
 * @param medianHoursToResolve null when none is resolved
 */
public record CaseFigures(
        Unit unit,
        int opened,
        int open,
        Integer acknowledgedInTime,
        Double medianHoursToResolve,
        Map<RootCause, Long> rootCauses) {

    /** One row per unit that has cases among these, by unit name. */
    public static List<CaseFigures> of(Collection<DetractorCase> cases, LocalDateTime now) {
        Map<Unit, List<DetractorCase>> byUnit = cases.stream()
                .collect(Collectors.groupingBy(DetractorCase::getUnit, LinkedHashMap::new, Collectors.toList()));
        List<CaseFigures> rows = new ArrayList<>();
        byUnit.forEach((unit, list) -> rows.add(of(unit, list, now)));
        rows.sort(Comparator.comparing(row -> row.unit().getName()));
        return rows;
    }

    static CaseFigures of(Unit unit, List<DetractorCase> cases, LocalDateTime now) {
        List<DetractorCase> judged = cases.stream()
                .filter(c -> c.getAcknowledgedAt() != null || now.isAfter(c.getAcknowledgeBy()))
                .toList();
        Integer inTime = judged.isEmpty()
                ? null
                : (int) Math.round(100.0
                        * judged.stream().filter(c -> c.acknowledgedInTime(now)).count()
                        / judged.size());
        List<Double> hours = cases.stream()
                .filter(c -> c.getResolvedAt() != null)
                .map(c -> Duration.between(c.getOpenedAt(), c.getResolvedAt()).toMinutes() / 60.0)
                .sorted()
                .toList();
        Map<RootCause, Long> causes = new TreeMap<>(Comparator.comparing(RootCause::id));
        cases.stream()
                .map(DetractorCase::getRootCause)
                .filter(c -> c != null)
                .forEach(c -> causes.merge(c, 1L, Long::sum));
        int open = (int) cases.stream().filter(c -> c.getState().isOpen()).count();
        return new CaseFigures(unit, cases.size(), open, inTime, median(hours), causes);
    }

    /** The median of sorted values, or null for none. */
    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The root causes, most frequent first, for showing. */
    public List<Map.Entry<RootCause, Long>> getCauses() {
        return rootCauses.entrySet().stream()
                .sorted(Map.Entry.<RootCause, Long>comparingByValue().reversed())
                .toList();
    }
}
