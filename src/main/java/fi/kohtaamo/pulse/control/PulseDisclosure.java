package fi.kohtaamo.pulse.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of one pulse round may be shown, so that nobody can work out a smaller group's answers by subtracting
 * figures that are shown. Every figure Kohtaamo shows for a round belongs to a unit of the tree and covers the answers
 * of that unit and every unit below it (a unit's figure includes its teams and the people attached to the unit
 * itself; a region's its units; the organisation's everything). So one decision over the tree serves every view.
 *
 * <p>The rule: nothing is shown while the round is open (each answer would move the figures, and two visits would tell
 * one person's answers apart); after it closes no answer can come in, so the figures stay as they are. A group is
 * shown only if at least the threshold of people in it answered, and for every shown group
 * its <em>hidden part</em> — its answers minus those of the nearest shown groups below it — is either empty or again
 * at least the threshold. The hidden part is exactly what subtraction reveals, and with nested groups nothing smaller
 * can be computed: any sum and difference of shown figures is made of whole hidden parts and shown groups. Where a
 * hidden part is too small, one more group is hidden, working up from the leaves: the group itself (its hidden part
 * then joins its parent's, which is checked next), unless it is one to {@code keep} (the customer-facing units the
 * insight views are about) and it has a shown sub-group with a hidden part of its own; then the smallest such
 * sub-group is hidden instead, which makes the hidden part at least the threshold.
 *
 * <p>The guarantee holds for one decision; it holds across visits because, for a closed round, nothing the decision
 * depends on can change after its figures were first shown, so every visit shows the same figures and no difference
 * between two visits exists to isolate a group. {@link Pulses} makes it so: the answers are fixed (a closed round takes
 * no more, and each answer carries the unit its person belonged to when answering, never today's); the threshold is
 * the round's own ({@link fi.kohtaamo.pulse.entity.PulseRound#getThreshold}, the setting in force when it opened);
 * and the unit tree with the units to keep is the one frozen in {@code pulse_round_tree} the first time the closed
 * round's results were read ({@link PulseTrees}), whatever units moved, appeared or were deactivated since. Before
 * that first read nothing of the round had been shown (an open round shows nothing), so the frozen tree is the only
 * one its figures were ever computed over.
 *
 * <pre>{@code
 * PulseDisclosure disclosure = PulseDisclosure.of(true, parentOf, answersByUnit, 5, customerFacing);
 * if (disclosure.shown(unitId)) { ... sum the answers of disclosure.subtree(unitId) ... }
 * }</pre>
 */
public final class PulseDisclosure {

    /** Why a group is not shown. */
    public enum Withheld {
        /** The round is still open: its results would move answer by answer, so none are shown until it closes. */
        ROUND_OPEN,
        /** Fewer than the threshold answered in the group. */
        TOO_FEW,
        /** Enough answered, but showing it would let a smaller group's answers be worked out by subtraction. */
        PROTECTS_SMALLER
    }

    private final boolean closed;
    private final int threshold;
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, Long> totals = new HashMap<>();
    private final Set<Long> shown = new HashSet<>();

    private PulseDisclosure(boolean closed, int threshold) {
        this.closed = closed;
        this.threshold = threshold;
    }

    /**
     * @param closed whether the round has closed (nothing is shown before)
     * @param parentOf every unit of the tree to its parent (null at the top)
     * @param answers answers given by people attached directly to each unit (units without answers may be missing)
     * @param threshold the fewest answers a shown group (or a shown group's hidden part) may have
     * @param keep units to keep shown where hiding a sub-group instead works
     */
    public static PulseDisclosure of(
            boolean closed, Map<Long, Long> parentOf, Map<Long, Long> answers, int threshold, Collection<Long> keep) {
        PulseDisclosure disclosure = new PulseDisclosure(closed, threshold);
        List<Long> roots = new ArrayList<>();
        parentOf.forEach((unit, parent) -> {
            if (parent == null || !parentOf.containsKey(parent)) {
                roots.add(unit);
            } else {
                disclosure
                        .children
                        .computeIfAbsent(parent, k -> new ArrayList<>())
                        .add(unit);
            }
        });
        disclosure.children.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        roots.sort(Comparator.naturalOrder());
        Set<Long> kept = Set.copyOf(keep);
        Map<Long, Long> hiddenPart = new HashMap<>();
        for (Long unit : disclosure.postOrder(roots)) {
            long total = answers.getOrDefault(unit, 0L);
            for (Long child : disclosure.children.getOrDefault(unit, List.of())) {
                total += disclosure.totals.get(child);
            }
            disclosure.totals.put(unit, total);
            if (!closed || total < threshold) {
                continue;
            }
            List<Long> below = disclosure.nearestShownBelow(unit);
            long hidden =
                    total - below.stream().mapToLong(disclosure.totals::get).sum();
            if (hidden > 0 && hidden < threshold) {
                Long instead = kept.contains(unit)
                        ? below.stream()
                                .filter(b -> hiddenPart.get(b) > 0)
                                .min(Comparator.comparing((Long b) -> kept.contains(b))
                                        .thenComparing(disclosure.totals::get)
                                        .thenComparing(Comparator.naturalOrder()))
                                .orElse(null)
                        : null;
                if (instead == null) {
                    continue;
                }
                disclosure.shown.remove(instead);
                hidden += hiddenPart.get(instead);
            }
            disclosure.shown.add(unit);
            hiddenPart.put(unit, hidden);
        }
        return disclosure;
    }

    /** Whether the group's figures may be shown. */
    public boolean shown(Long unit) {
        return shown.contains(unit);
    }

    /** Why the group is not shown, or null when it is. */
    public Withheld withheld(Long unit) {
        if (shown(unit)) {
            return null;
        }
        if (!closed) {
            return Withheld.ROUND_OPEN;
        }
        return answers(unit) < threshold ? Withheld.TOO_FEW : Withheld.PROTECTS_SMALLER;
    }

    /** Answers in the group: its own people's and those of every unit below it. */
    public long answers(Long unit) {
        return totals.getOrDefault(unit, 0L);
    }

    /** The unit and every unit below it: whose answers its figures cover. */
    public Set<Long> subtree(Long unit) {
        Set<Long> subtree = new HashSet<>();
        ArrayDeque<Long> queue = new ArrayDeque<>(List.of(unit));
        while (!queue.isEmpty()) {
            Long next = queue.poll();
            if (subtree.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return subtree;
    }

    /** The shown groups below the unit with no shown group between them and it. */
    private List<Long> nearestShownBelow(Long unit) {
        List<Long> found = new ArrayList<>();
        ArrayDeque<Long> queue = new ArrayDeque<>(children.getOrDefault(unit, List.of()));
        while (!queue.isEmpty()) {
            Long next = queue.poll();
            if (shown.contains(next)) {
                found.add(next);
            } else {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    /** Every unit below the roots, each after all units below it. */
    private List<Long> postOrder(List<Long> roots) {
        List<Long> order = new ArrayList<>();
        ArrayDeque<Long> stack = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        roots.forEach(stack::push);
        while (!stack.isEmpty()) {
            Long unit = stack.pop();
            if (seen.add(unit)) {
                order.add(unit);
                children.getOrDefault(unit, List.of()).forEach(stack::push);
            }
        }
        java.util.Collections.reverse(order);
        return order;
    }
}
