package fi.kohtaamo.workshop.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.DotVote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The six-factor dot vote in facilitator mode: the facilitator records the wall (each factor's score and choice dots)
 * for the session, and turns the two chosen factors into the team's commitments in one action. Only a supervisor who
 * oversees the session's unit may read or write it ({@link Sessions#find}).
 */
@ApplicationScoped
public class DotVotes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sessions sessions;

    @Inject
    Commitments commitments;

    @Inject
    Clock clock;

    /** One factor as typed: a score (may be empty until the room has voted) and the choice dots. */
    public record Entry(Factor factor, BigDecimal score, Integer dots) {}

    public Optional<DotVote> of(Person viewer, Long sessionId) {
        sessions.findToRun(viewer, sessionId);
        return Optional.ofNullable(em.find(DotVote.class, sessionId));
    }

    /**
     * Saves the wall as typed, one entry per factor.
     *
     * @throws WorkshopProblem naming the factor's field ({@code score-tools}, {@code dots-tools}) when a score is
     *     outside 1–5 or the dots are negative
     */
    @Transactional
    public DotVote record(Person facilitator, Long sessionId, List<Entry> entries) {
        var session = sessions.findToRun(facilitator, sessionId);
        if (!session.isOpen()) {
            throw new WorkshopProblem("dotVote", "workshop.cancelledSession");
        }
        List<DotVote.Sheet> sheets = new ArrayList<>();
        for (Entry entry : entries) {
            BigDecimal score = entry.score();
            if (score != null && (score.compareTo(DotVote.LOWEST) < 0 || score.compareTo(DotVote.HIGHEST) > 0)) {
                throw new WorkshopProblem("score-" + entry.factor().id(), "dotVote.scoreRange");
            }
            int dots = entry.dots() == null ? 0 : entry.dots();
            if (dots < 0 || dots > 999) {
                throw new WorkshopProblem("dots-" + entry.factor().id(), "dotVote.dotsRange");
            }
            sheets.add(new DotVote.Sheet(
                    entry.factor(), score == null ? null : score.setScale(1, RoundingMode.HALF_UP), dots));
        }
        DotVote vote = em.find(DotVote.class, sessionId);
        if (vote == null) {
            vote = new DotVote(sessionId);
            em.persist(vote);
        }
        vote.record(sheets, facilitator.getId(), LocalDateTime.now(clock));
        return vote;
    }

    /**
     * Makes the two factors the choice dots picked the whole team's commitments, each with what the team will do.
     *
     * @param whatByFactor what the team will do for each chosen factor
     * @throws WorkshopProblem when the wall does not pick two factors yet ({@code dotVote}), a text is missing
     *     ({@code what-<factor>}), or commitments for these factors were made in this session already
     */
    @Transactional
    public List<Commitment> commitChosen(Person supervisor, Long sessionId, Map<Factor, String> whatByFactor) {
        DotVote vote = of(supervisor, sessionId).orElseThrow(() -> new WorkshopProblem("dotVote", "dotVote.notChosen"));
        List<Factor> chosen = vote.chosen().orElseThrow(() -> new WorkshopProblem("dotVote", "dotVote.notChosen"));
        Set<Factor> made = sessions.commitmentsOf(sessions.findToRun(supervisor, sessionId)).stream()
                .map(Commitment::getFactor)
                .collect(Collectors.toSet());
        if (chosen.stream().anyMatch(made::contains)) {
            throw new WorkshopProblem("dotVote", "dotVote.alreadyCommitted");
        }
        for (Factor factor : chosen) {
            String what = whatByFactor.get(factor);
            if (what == null || what.isBlank()) {
                throw new WorkshopProblem("what-" + factor.id(), "commitment.whatRequired");
            }
        }
        List<Commitment> result = new ArrayList<>();
        for (Factor factor : chosen) {
            result.add(commitments.make(
                    supervisor,
                    sessionId,
                    new Sessions.NewCommitment(whatByFactor.get(factor), null, null, factor, null)));
        }
        return result;
    }
}
