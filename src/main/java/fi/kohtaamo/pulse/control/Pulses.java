package fi.kohtaamo.pulse.control;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.pulse.entity.PulseAnswer;
import fi.kohtaamo.pulse.entity.PulseParticipation;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.survey.control.NpsCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pulse rounds: HR opens them for units, each employee of those units answers once, and a group's results are shown
 * only when at least the anonymity threshold of people answered (default 5, never below 3).
 */
@ApplicationScoped
public class Pulses {

    /** The internal factor each statement measures: two statements per factor, in order. */
    public static final List<String> STATEMENT_FACTORS = List.of(
            "communication",
            "communication",
            "workload",
            "workload",
            "competence",
            "competence",
            "leadership",
            "leadership",
            "tools",
            "tools",
            "processes",
            "processes");

    public static final int DEFAULT_THRESHOLD = 5;
    public static final int MINIMUM_THRESHOLD = 3;

    @PersistenceContext
    EntityManager em;

    /** Sums per unit of rounds closed for good, by round id and closing day (a round whose closing moves is read again). */
    private final Map<String, Map<Long, long[]>> closedRounds = new ConcurrentHashMap<>();

    @Inject
    Units units;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    /** A group's results: factor means in {@link fi.kohtaamo.content.control.ContentParser#FACTORS} order, eNPS, comments. */
    public record GroupResult(int answers, List<Double> factorMeans, double enps, List<String> comments) {}

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
        PulseRound round = new PulseRound(title, opens, closes, unitIds, hr.getId());
        em.persist(round);
        audit.record(
                AuditAction.PULSE_ROUND_OPENED,
                AuditTarget.of("pulse_round", round.getId(), title),
                opens + " – " + closes + ", " + unitIds.size() + " units");
        return round;
    }

    public List<PulseRound> rounds() {
        return em.createNamedQuery("PulseRound.all", PulseRound.class).getResultList();
    }

    /** The rounds open today that include the person's unit, which the person has not answered yet. */
    public List<PulseRound> openFor(Person person, LocalDate today) {
        return rounds().stream()
                .filter(r -> r.openOn(today))
                .filter(r -> units.withDescendants(r.getUnitIds())
                        .contains(person.getUnit().getId()))
                .filter(r -> em.find(PulseParticipation.class, new PulseParticipation.Key(r.getId(), person.getId()))
                        == null)
                .toList();
    }

    /**
     * Stores an anonymous answer and marks the person as having answered, in one transaction.
     *
     * @throws IllegalStateException if the round is not open to the person, or they have answered it already
     */
    @Transactional
    public void answer(Person person, Long roundId, List<Integer> scores, int enps, String comment, LocalDate today) {
        PulseRound round = em.find(PulseRound.class, roundId);
        if (round == null
                || !round.openOn(today)
                || !units.withDescendants(round.getUnitIds())
                        .contains(person.getUnit().getId())) {
            throw new IllegalStateException("This round is not open to you");
        }
        if (em.find(PulseParticipation.class, new PulseParticipation.Key(roundId, person.getId())) != null) {
            throw new IllegalStateException("You have answered this round already");
        }
        em.persist(new PulseParticipation(roundId, person.getId()));
        em.persist(new PulseAnswer(roundId, person.getUnit().getId(), scores, enps, comment));
    }

    public long answerCount(Long roundId) {
        return em.createQuery("select count(a) from PulseAnswer a where a.roundId = :r", Long.class)
                .setParameter("r", roundId)
                .getSingleResult();
    }

    /** The results of a unit and its sub-units in a round, or nothing when fewer than the threshold answered. */
    public Optional<GroupResult> results(Long roundId, Unit unit) {
        List<PulseAnswer> answers = em.createQuery(
                        "select a from PulseAnswer a where a.roundId = :r and a.unitId in :units", PulseAnswer.class)
                .setParameter("r", roundId)
                .setParameter("units", units.withDescendants(List.of(unit.getId())))
                .getResultList();
        if (answers.size() < threshold()) {
            return Optional.empty();
        }
        double[] sums = new double[6];
        for (PulseAnswer answer : answers) {
            List<Integer> scores = answer.getScores();
            for (int i = 0; i < 12; i++) {
                sums[i / 2] += scores.get(i);
            }
        }
        List<Double> means = java.util.Arrays.stream(sums)
                .map(s -> s / (2.0 * answers.size()))
                .boxed()
                .toList();
        long promoters = answers.stream()
                .filter(a -> NpsCalculator.promoter(a.getEnps()))
                .count();
        long detractors = answers.stream()
                .filter(a -> NpsCalculator.detractor(a.getEnps()))
                .count();
        List<String> comments = answers.stream()
                .map(PulseAnswer::getComment)
                .filter(c -> c != null)
                .toList();
        return Optional.of(new GroupResult(
                answers.size(), means, NpsCalculator.nps(promoters, detractors, answers.size()), comments));
    }

    /**
     * A round's results for many groups at once, without comments: answers are summed into the group their unit
     * belongs to ({@code groupOf} maps a unit id to its group's id; units outside every group are left out). Groups
     * below the anonymity threshold are left out. One query, whatever the number of groups; none for a round closed
     * for more than a day, whose answers can no longer change and whose sums per unit are kept after the first read.
     */
    public Map<Long, GroupResult> resultsByGroup(Long roundId, Map<Long, Long> groupOf) {
        PulseRound round = em.find(PulseRound.class, roundId);
        if (round == null) {
            return Map.of();
        }
        Map<Long, long[]> byUnit = round.getClosesOn().isBefore(LocalDate.now().minusDays(1))
                ? closedRounds.computeIfAbsent(roundId + "/" + round.getClosesOn(), k -> sumsByUnit(roundId))
                : sumsByUnit(roundId);
        // answers, six factor sums, promoters, detractors
        Map<Long, long[]> sums = new HashMap<>();
        byUnit.forEach((unit, unitSums) -> {
            Long group = groupOf.get(unit);
            if (group != null) {
                long[] sum = sums.computeIfAbsent(group, k -> new long[9]);
                for (int i = 0; i < 9; i++) {
                    sum[i] += unitSums[i];
                }
            }
        });
        int threshold = threshold();
        Map<Long, GroupResult> results = new HashMap<>();
        sums.forEach((group, sum) -> {
            if (sum[0] >= threshold) {
                List<Double> means = new java.util.ArrayList<>();
                for (int f = 1; f <= 6; f++) {
                    means.add(sum[f] / (2.0 * sum[0]));
                }
                results.put(
                        group,
                        new GroupResult((int) sum[0], means, NpsCalculator.nps(sum[7], sum[8], sum[0]), List.of()));
            }
        });
        return results;
    }

    /** Per unit: answers, the six factor sums, promoters and detractors of eNPS. */
    private Map<Long, long[]> sumsByUnit(Long roundId) {
        // Scores are stored as twelve digits from 1 to 5 joined by commas: statement i is at position 2i + 1, and
        // factor f sums statements 2f and 2f + 1. The database adds them up.
        StringBuilder sql = new StringBuilder("select unit_id, count(*)");
        for (int f = 0; f < 6; f++) {
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
        Map<Long, long[]> sums = new HashMap<>();
        for (Object[] row : rows) {
            long[] sum = new long[9];
            for (int i = 0; i < 9; i++) {
                sum[i] = ((Number) row[i + 1]).longValue();
            }
            sums.put(((Number) row[0]).longValue(), sum);
        }
        return Map.copyOf(sums);
    }
}
