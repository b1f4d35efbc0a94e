package fi.kohtaamo.pulse.control;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.pulse.entity.PulseAnswer;
import fi.kohtaamo.pulse.entity.PulseParticipation;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.pulse.entity.RoundKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pulse rounds: HR opens them for units, each employee of those units answers once, and a group's results are shown
 * only once the round has closed, when at least the round's anonymity threshold of people answered (the setting in
 * force when it opened: default 5, never below 3), and when no smaller group's answers could be worked out from them
 * by subtraction ({@link PulseDisclosure}), over the unit tree as it was when the round's results were first read.
 *
 * <p>HR opens a round and may close it before its planned day; both are written to the audit log. A round that closes
 * by its date writes nothing there, since no person acted.
 */
@ApplicationScoped
public class Pulses {

    public static final int DEFAULT_THRESHOLD = 5;
    public static final int MINIMUM_THRESHOLD = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Sums per unit of rounds closed for good, by round id and closing day (a round whose closing moves is read again). */
    private final Map<String, Map<Long, PulseTally>> closedRounds = new ConcurrentHashMap<>();

    /** The frozen unit trees of closed rounds, by round id: they never change once written. */
    private final Map<Long, PulseTrees.Tree> frozenTrees = new ConcurrentHashMap<>();

    @Inject
    PulseTrees trees;

    @Inject
    Units units;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    /** A group's results: factor means in {@link fi.kohtaamo.content.entity.Factor} order, eNPS, comments. */
    public record GroupResult(int answers, List<Double> factorMeans, double enps, List<String> comments) {}

    /**
     * A group's results in a round, or why they are withheld ({@code withheld} is null exactly when there is a result).
     *
     * @param covers the units whose answers the group's figures cover: the unit and every unit below it
     */
    public record Reading(
            PulseRound round, Optional<GroupResult> result, PulseDisclosure.Withheld withheld, Set<Long> covers) {}

    /** The anonymity threshold in force now: rounds opened from now on keep it ({@link PulseRound#getThreshold}). */
    public int threshold() {
        return Math.max(MINIMUM_THRESHOLD, settings.number(Settings.PULSE_THRESHOLD, DEFAULT_THRESHOLD));
    }

    /**
     * @throws IllegalArgumentException below the minimum of three
     */
    public void setThreshold(int threshold) {
        if (threshold < MINIMUM_THRESHOLD) {
            throw new IllegalArgumentException("The anonymity threshold is at least " + MINIMUM_THRESHOLD);
        }
        settings.setNumber(Settings.PULSE_THRESHOLD, threshold);
    }

    @Transactional
    public PulseRound open(Person hr, String title, LocalDate opens, LocalDate closes, Set<Long> unitIds) {
        PulseRound round = new PulseRound(title, opens, closes, unitIds, hr.getId(), threshold());
        em.persist(round);
        audit.record(
                AuditAction.PULSE_ROUND_OPENED,
                AuditTarget.of("pulse_round", round.getId(), title),
                opens + " – " + closes + ", " + unitIds.size() + " units");
        return round;
    }

    /**
     * Closes an open round before its planned closing day, so that nobody can answer it any more and its results
     * appear, and writes that to the audit log.
     *
     * @throws IllegalStateException unless the round is open today
     */
    @Transactional
    public PulseRound closeEarly(Long roundId) {
        // Waits for answers being stored now (they hold a shared lock on the round), so none comes in after closing.
        PulseRound round = em.find(PulseRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw new IllegalStateException("Only an open round can be closed");
        }
        round.closeEarly(LocalDate.now(clock));
        audit.record(
                AuditAction.PULSE_ROUND_CLOSED,
                AuditTarget.of("pulse_round", round.getId(), round.getTitle()),
                "closed on " + round.getClosedEarlyOn() + ", planned " + round.getClosesOn() + ", "
                        + answerCount(round.getId()) + " answers");
        return round;
    }

    public List<PulseRound> rounds() {
        return em.createNamedQuery("PulseRound.all", PulseRound.class).getResultList();
    }

    /** The rounds open today that include the person's unit, which the person has not answered yet. */
    public List<PulseRound> openFor(Person person, LocalDate today) {
        return rounds().stream()
                .filter(r -> r.openOn(today) && includes(r, person))
                .filter(r -> em.find(PulseParticipation.class, new RoundKey(r.getId(), person.getId())) == null)
                .toList();
    }

    /**
     * Stores an anonymous answer and marks the person as having answered, in one transaction.
     *
     * @throws IllegalStateException if the round is not open to the person, or they have answered it already
     */
    @Transactional
    public void answer(Person person, Long roundId, List<Integer> scores, int enps, String comment, LocalDate today) {
        // Shared with other answers, so they do not wait for one another, but not with HR closing the round early.
        PulseRound round = em.find(PulseRound.class, roundId, LockModeType.PESSIMISTIC_READ);
        if (round == null || !round.openOn(today) || !includes(round, person)) {
            throw new IllegalStateException("This round is not open to you");
        }
        if (em.find(PulseParticipation.class, new RoundKey(roundId, person.getId())) != null) {
            throw new IllegalStateException("You have answered this round already");
        }
        em.persist(new PulseParticipation(roundId, person.getId()));
        em.persist(new PulseAnswer(roundId, person.getUnit().getId(), scores, enps, comment));
    }

    private boolean includes(PulseRound round, Person person) {
        return units.withDescendants(round.getUnitIds())
                .contains(person.getUnit().getId());
    }

    public long answerCount(Long roundId) {
        return em.createQuery("select count(a) from PulseAnswer a where a.roundId = :r", Long.class)
                .setParameter("r", roundId)
                .getSingleResult();
    }

    /** Whether the round has closed, by its date or early: no answer can come in any more, so its results no longer move. */
    public boolean closed(PulseRound round) {
        return round.getClosedEarlyOn() != null || round.getClosesOn().isBefore(LocalDate.now(clock));
    }

    /**
     * A group's results in a round with its comments (sorted by their text, so their order tells nothing about who
     * gave them or when), or why they are withheld ({@link PulseDisclosure.Withheld}: the round is still open, too few
     * answered, or showing them would let a smaller group's answers be worked out by subtraction). The group is the
     * unit with every unit below it.
     */
    public Reading reading(PulseRound round, Unit unit) {
        Reading reading = readings(round, List.of(unit.getId())).get(unit.getId());
        if (reading.result().isEmpty()) {
            return reading;
        }
        GroupResult summary = reading.result().get();
        List<String> comments = em
                .createQuery(
                        "select a.comment from PulseAnswer a where a.roundId = :r and a.unitId in :units"
                                + " and a.comment is not null",
                        String.class)
                .setParameter("r", round.getId())
                .setParameter("units", reading.covers())
                .getResultList()
                .stream()
                .sorted()
                .toList();
        return new Reading(
                reading.round(),
                Optional.of(new GroupResult(summary.answers(), summary.factorMeans(), summary.enps(), comments)),
                null,
                reading.covers());
    }

    /**
     * Many groups' results in a round at once, without comments, each group being a unit with every unit below it.
     * Every view of pulse results reads them here or through {@link #reading},
     * so the same groups are withheld everywhere. One query, whatever the number of groups; none for a round closed
     * for more than a day, whose sums per unit are kept after the first read.
     */
    public Map<Long, Reading> readings(PulseRound round, Collection<Long> unitIds) {
        Long roundId = round.getId();
        boolean closed = closed(round);
        Map<Long, PulseTally> byUnit;
        if (!closed) {
            byUnit = Map.of();
        } else if (round.getClosesOn().isBefore(LocalDate.now(clock).minusDays(1))) {
            byUnit = closedRounds.computeIfAbsent(roundId + "/" + round.getClosesOn(), k -> sumsByUnit(roundId));
        } else {
            byUnit = sumsByUnit(roundId);
        }
        PulseTrees.Tree tree = closed ? frozenTree(roundId) : currentTree();
        Map<Long, Long> answers = new HashMap<>();
        byUnit.forEach((unit, sums) -> answers.put(unit, sums.answers()));
        PulseDisclosure disclosure =
                PulseDisclosure.of(closed, tree.parentOf(), answers, round.getThreshold(), tree.kept());
        Map<Long, Reading> readings = new HashMap<>();
        for (Long unit : unitIds) {
            Set<Long> covers = disclosure.subtree(unit);
            if (!disclosure.shown(unit)) {
                readings.put(unit, new Reading(round, Optional.empty(), disclosure.withheld(unit), covers));
                continue;
            }
            PulseTally sum = PulseTally.NONE;
            for (Long member : covers) {
                sum = sum.plus(byUnit.getOrDefault(member, PulseTally.NONE));
            }
            GroupResult result = new GroupResult(
                    (int) sum.answers(), sum.factorMeans(), sum.enps().nps(), List.of());
            readings.put(unit, new Reading(round, Optional.of(result), null, covers));
        }
        return readings;
    }

    /**
     * Each group's latest results without comments: from the latest closed round that included the unit (it, or a
     * unit above it, was chosen for the round) and shows its results, searching at most the last {@code rounds} closed
     * rounds that included it. Units with none are left out.
     */
    public Map<Long, GroupResult> latest(Collection<Long> unitIds, int rounds) {
        Map<Long, GroupResult> latest = new HashMap<>();
        Map<Long, Integer> searched = new HashMap<>();
        for (PulseRound round : rounds()) {
            if (!closed(round)) {
                continue;
            }
            if (unitIds.stream()
                    .allMatch(unit -> latest.containsKey(unit) || searched.getOrDefault(unit, 0) >= rounds)) {
                break;
            }
            Set<Long> included = units.withDescendants(round.getUnitIds());
            List<Long> wanted = unitIds.stream()
                    .filter(included::contains)
                    .filter(unit -> !latest.containsKey(unit) && searched.getOrDefault(unit, 0) < rounds)
                    .toList();
            if (wanted.isEmpty()) {
                continue;
            }
            wanted.forEach(unit -> searched.merge(unit, 1, Integer::sum));
            readings(round, wanted)
                    .forEach((unit, reading) -> reading.result().ifPresent(result -> latest.put(unit, result)));
        }
        return latest;
    }

    /**
     * The unit tree a closed round is disclosed over: the one frozen the first time its results were read, or, at that
     * first time, today's, which is frozen then.
     */
    private PulseTrees.Tree frozenTree(Long roundId) {
        PulseTrees.Tree known = frozenTrees.get(roundId);
        if (known != null) {
            return known;
        }
        PulseTrees.Tree tree = trees.frozen(roundId).orElse(null);
        if (tree == null) {
            PulseTrees.Tree now = currentTree();
            try {
                trees.freeze(roundId, now);
                tree = now;
            } catch (RuntimeException another) {
                // Another node froze it at the same moment: the one stored is the round's.
                tree = trees.frozen(roundId).orElseThrow(() -> another);
            }
        }
        frozenTrees.put(roundId, tree);
        return tree;
    }

    /** Today's unit tree, with the active customer-facing units as the ones to keep shown. */
    private PulseTrees.Tree currentTree() {
        Map<Long, Long> parentOf = new HashMap<>();
        Set<Long> customerFacing = new HashSet<>();
        for (Unit unit : units.all()) {
            parentOf.put(
                    unit.getId(),
                    unit.getParent() == null ? null : unit.getParent().getId());
            if (unit.getKind() == UnitKind.UNIT && unit.isActive()) {
                customerFacing.add(unit.getId());
            }
        }
        return new PulseTrees.Tree(parentOf, customerFacing);
    }

    /** Per unit that has answers: what they add up to. */
    private Map<Long, PulseTally> sumsByUnit(Long roundId) {
        // Scores are stored as twelve digits from 1 to 5 joined by commas: statement i is at position 2i + 1, and
        // factor f sums statements 2f and 2f + 1. The database adds them up.
        StringBuilder sql = new StringBuilder("select unit_id, count(*)");
        for (int f = 0; f < PulseTally.FACTORS; f++) {
            sql.append(", sum(cast(substring(scores, ")
                    .append(4 * f + 1)
                    .append(", 1) as integer) + cast(substring(scores, ")
                    .append(4 * f + 3)
                    .append(", 1) as integer))");
        }
        sql.append(", sum(case when enps >= 9 then 1 else 0 end), sum(case when enps <= 6 then 1 else 0 end)")
                .append(" from pulse_answer where round_id = ? group by unit_id");
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(sql.toString()).setParameter(1, roundId).getResultList();
        Map<Long, PulseTally> sums = new HashMap<>();
        for (Object[] row : rows) {
            long answers = ((Number) row[1]).longValue();
            List<Long> factorSums = new ArrayList<>();
            for (int f = 0; f < PulseTally.FACTORS; f++) {
                factorSums.add(((Number) row[f + 2]).longValue());
            }
            long promoters = ((Number) row[8]).longValue();
            long detractors = ((Number) row[9]).longValue();
            sums.put(
                    ((Number) row[0]).longValue(),
                    new PulseTally(
                            answers,
                            factorSums,
                            new NpsTally(promoters, answers - promoters - detractors, detractors)));
        }
        return Map.copyOf(sums);
    }
}
