package fi.kohtaamo.pulse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an onlooker can work out by adding and subtracting shown figures, worked out independently of the code under
 * test. Each shown figure covers the answers of some units. Units covered by exactly the same shown figures can never
 * be told apart by any sum or difference of figures, so every figure that can be derived covers whole such classes;
 * for nested figures each class can be derived. A class with answers, but fewer than the threshold, is a leak.
 */
public final class Subtraction {

    private Subtraction() {}

    /**
     * The classes of units with between one and {@code threshold - 1} answers that shown figures single out, each as
     * its units; empty when nothing below the threshold can be derived.
     *
     * @param figures each shown figure as the units whose answers it covers
     * @param answers answers by the people attached to each unit
     */
    public static List<Set<Long>> leaks(Collection<Set<Long>> figures, Map<Long, Long> answers, int threshold) {
        List<Set<Long>> distinct = new ArrayList<>(new HashSet<>(figures));
        Map<String, Set<Long>> classes = new TreeMap<>();
        answers.forEach((unit, count) -> {
            if (count == 0) {
                return;
            }
            StringBuilder signature = new StringBuilder();
            for (int i = 0; i < distinct.size(); i++) {
                if (distinct.get(i).contains(unit)) {
                    signature.append(i).append(',');
                }
            }
            if (!signature.isEmpty()) {
                classes.computeIfAbsent(signature.toString(), k -> new HashSet<>())
                        .add(unit);
            }
        });
        List<Set<Long>> leaks = new ArrayList<>();
        for (Set<Long> units : classes.values()) {
            long sum = units.stream().mapToLong(answers::get).sum();
            if (sum < threshold) {
                leaks.add(units);
            }
        }
        return leaks;
    }

    /** Every unit below {@code unit} in the tree given as child to parent, and the unit itself. */
    public static Set<Long> subtree(Long unit, Map<Long, Long> parentOf) {
        Map<Long, List<Long>> children = new HashMap<>();
        parentOf.forEach((child, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
            }
        });
        Set<Long> subtree = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(unit));
        while (!todo.isEmpty()) {
            Long next = todo.remove(todo.size() - 1);
            if (subtree.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return subtree;
    }
}
