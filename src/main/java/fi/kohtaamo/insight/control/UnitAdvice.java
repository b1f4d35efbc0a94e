package fi.kohtaamo.insight.control;

import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.survey.control.CommentThemes;
import fi.kohtaamo.survey.control.ThemeShares;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers a unit's {@link Recommendations.Evidence} and asks {@link Recommendations} what it should work on next. The
 * caller has decided through {@link Oversight#scope} that the viewer may see the unit; the pulse's figures come only
 * through {@link Pulses#readings}, so a group the anonymity rule withholds is never evidence.
 *
 * <pre>{@code
 * List<Recommendations.Recommendation> next = unitAdvice.of(scope.unit(), scope.unitIds());
 * }</pre>
 */
@ApplicationScoped
public class UnitAdvice {

    private static final String EMPLOYEE =
            " and exists (select 1 from person_role r where r.person_id = p.id" + " and r.role = 'EMPLOYEE')";

    @Inject
    Pulses pulses;

    @Inject
    ThemeShares themeShares;

    @Inject
    CommentThemes commentThemes;

    @Inject
    Sessions sessions;

    @Inject
    Curriculum curriculum;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * A recommendation as a page shows it.
     *
     * @param text the sentence with its figures
     * @param link where it is acted on, below the application's root
     * @param action the link's label, naming the module or guide
     */
    public record Advice(String text, String link, String action) {}

    /**
     * What a page shows: the recommendations and the minimums its help text names.
     *
     * @param items most important first
     */
    public record Shown(List<Advice> items, int minComments, int minComplaints, int recentMonths) {

        public Shown(List<Advice> items) {
            this(items, Recommendations.MIN_COMMENTS, Recommendations.MIN_COMPLAINTS, Recommendations.RECENT_MONTHS);
        }
    }

    /** What the unit should work on next, in the reader's language. */
    public Shown shown(Unit unit, Set<Long> unitIds, Locale locale, Recommendations.Texts texts) {
        return new Shown(of(unit, unitIds).stream()
                .map(r -> new Advice(
                        r.text(locale, texts, theme -> commentThemes.name(theme, locale)),
                        r.link(unit.getId()),
                        r.action(locale, texts)))
                .toList());
    }

    /**
     * What the unit should work on next, most important first.
     *
     * @param unitIds the unit and every unit below it
     */
    public List<Recommendations.Recommendation> of(Unit unit, Set<Long> unitIds) {
        return Recommendations.choose(evidence(unit, unitIds), Recommendations.contents(curriculum.catalogue()));
    }

    /** Everything {@link Recommendations} weighs for the unit, read today. */
    public Recommendations.Evidence evidence(Unit unit, Set<Long> unitIds) {
        LocalDate today = LocalDate.now(clock);
        Map<Factor, Long> open = new EnumMap<>(Factor.class);
        sessions.commitmentsIn(unitIds).stream()
                .filter(c -> c.getStatus() == Commitment.State.OPEN && c.getFactor() != null)
                .forEach(c -> open.merge(c.getFactor(), 1L, Long::sum));
        LocalDateTime since = today.minusMonths(Recommendations.RECENT_MONTHS).atStartOfDay();
        return new Recommendations.Evidence(
                pulse(unit),
                themeShares.read(unitIds, today, ThemeShares.MONTHS),
                open,
                employees(unitIds),
                completers(unitIds, since),
                lastHeld(unitIds),
                cases(unitIds, since),
                today);
    }

    /** The units' open detractor cases, and the root causes of those resolved since then. */
    private Recommendations.Cases cases(Set<Long> unitIds, LocalDateTime since) {
        long open = em.createQuery(
                        "select count(c) from DetractorCase c where c.unit.id in :units and c.state <> :resolved",
                        Long.class)
                .setParameter("units", unitIds)
                .setParameter("resolved", CaseState.RESOLVED)
                .getSingleResult();
        Map<RootCause, Long> causes = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select c.rootCauseId, count(c) from DetractorCase c where c.unit.id in :units"
                                + " and c.state = :resolved and c.resolvedAt >= :since group by c.rootCauseId",
                        Object[].class)
                .setParameter("units", unitIds)
                .setParameter("resolved", CaseState.RESOLVED)
                .setParameter("since", since)
                .getResultList()) {
            RootCause.parse((String) row[0]).ifPresent(cause -> causes.merge(cause, (Long) row[1], Long::sum));
        }
        return new Recommendations.Cases(open, causes);
    }

    /** The latest pulse result shown for the unit (with every unit below it), or null. */
    private Recommendations.Pulse pulse(Unit unit) {
        for (PulseRound round : pulses.rounds()) {
            Pulses.Reading reading =
                    pulses.readings(round, List.of(unit.getId())).get(unit.getId());
            if (reading.result().isPresent()) {
                Pulses.GroupResult result = reading.result().get();
                return new Recommendations.Pulse(result.factorMeans(), result.answers(), round.getThreshold());
            }
        }
        return null;
    }

    /** Active people with the employee role in the units, the audience of the staff modules. */
    private long employees(Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select count(*) from person p where p.active = true and p.unit_id in "
                                + in(unitIds) + EMPLOYEE)
                        .getSingleResult())
                .longValue();
    }

    /** Per module, how many of those employees completed it since the given time. */
    private Map<String, Long> completers(Set<Long> unitIds, LocalDateTime since) {
        Map<String, Long> completers = new HashMap<>();
        if (unitIds.isEmpty()) {
            return completers;
        }
        List<?> rows = em.createNativeQuery("select mp.module_id, count(distinct mp.person_id) from module_progress mp"
                        + " join person p on p.id = mp.person_id where mp.completed_at >= ?1 and p.active = true"
                        + " and p.unit_id in " + in(unitIds) + EMPLOYEE + " group by mp.module_id")
                .setParameter(1, Timestamp.valueOf(since))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            completers.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return completers;
    }

    /** Per guide, the day the units last held a workshop of it. */
    private Map<String, LocalDate> lastHeld(Set<Long> unitIds) {
        Map<String, LocalDate> held = new HashMap<>();
        if (unitIds.isEmpty()) {
            return held;
        }
        em.createQuery(
                        "select s.guide.id, max(s.startsAt) from WorkshopSession s where s.unit.id in :units"
                                + " and s.status = :held group by s.guide.id",
                        Object[].class)
                .setParameter("units", unitIds)
                .setParameter("held", SessionStatus.HELD)
                .getResultList()
                .forEach(row -> held.put((String) row[0], ((LocalDateTime) row[1]).toLocalDate()));
        return held;
    }

    /** The ids as an SQL list; they are numbers, so nothing of a user's reaches the statement. */
    private static String in(Set<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(",", "(", ")"));
    }
}
