package fi.kohtaamo.workshop.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The pulse's factor scores of a session's team then and now ({@link ThenNow}): the last pulse round that included
 * the team and closed before the session, and the first that included it and opened on the session's day or later,
 * once it has closed. Readings come from {@link Pulses#readings}, so the pulse's anonymity rule decides what is shown.
 */
@ApplicationScoped
public class FactorScores {

    @Inject
    Pulses pulses;

    @Inject
    Units units;

    /** Then and now for each of these factors, in the order given. */
    public List<ThenNow> thenAndNow(WorkshopSession session, Collection<Factor> factors) {
        if (factors.isEmpty()) {
            return List.of();
        }
        Long unit = session.getUnit().getId();
        Rounds rounds = Rounds.around(
                pulses.rounds(),
                session.getStartsAt().toLocalDate(),
                round -> units.withDescendants(round.getUnitIds()).contains(unit),
                pulses::closed);
        Optional<Pulses.Reading> then = rounds.before().map(round -> reading(round, unit));
        Optional<Pulses.Reading> now = rounds.after().map(round -> reading(round, unit));
        return factors.stream().map(f -> ThenNow.of(f, then, now)).toList();
    }

    private Pulses.Reading reading(PulseRound round, Long unit) {
        return pulses.readings(round, List.of(unit)).get(unit);
    }

    /**
     * The rounds a session is compared across.
     *
     * @param before the last round that included the team and ended before the session's day
     * @param after the first round that included the team and opened on the session's day or later, once it has
     *     closed (empty while it is open, even if a later one has closed: "after" is the first one after)
     */
    record Rounds(Optional<PulseRound> before, Optional<PulseRound> after) {

        /**
         * @param newestFirst rounds as {@link Pulses#rounds} lists them
         * @param included whether a round included the session's team
         * @param closed whether a round has closed
         */
        static Rounds around(
                List<PulseRound> newestFirst,
                LocalDate day,
                Predicate<PulseRound> included,
                Predicate<PulseRound> closed) {
            PulseRound before = null;
            PulseRound after = null;
            for (PulseRound round : newestFirst) {
                if (!included.test(round)) {
                    continue;
                }
                if (!round.getOpensOn().isBefore(day)) {
                    after = round;
                } else if (before == null
                        && closed.test(round)
                        && round.getEndsOn().isBefore(day)) {
                    before = round;
                }
            }
            return new Rounds(
                    Optional.ofNullable(before), Optional.ofNullable(after).filter(closed));
        }
    }
}
