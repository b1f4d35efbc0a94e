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
        LocalDate day = session.getStartsAt().toLocalDate();
        PulseRound before = null;
        PulseRound after = null;
        for (PulseRound round : pulses.rounds()) { // newest first
            if (!units.withDescendants(round.getUnitIds()).contains(unit)) {
                continue;
            }
            if (!round.getOpensOn().isBefore(day)) {
                after = round;
            } else if (before == null
                    && pulses.closed(round)
                    && closingDay(round).isBefore(day)) {
                before = round;
            }
        }
        Optional<Pulses.Reading> then = reading(before, unit);
        Optional<Pulses.Reading> now = after != null && pulses.closed(after) ? reading(after, unit) : Optional.empty();
        return factors.stream().map(f -> ThenNow.of(f, then, now)).toList();
    }

    private Optional<Pulses.Reading> reading(PulseRound round, Long unit) {
        return round == null
                ? Optional.empty()
                : Optional.of(pulses.readings(round, List.of(unit)).get(unit));
    }

    private static LocalDate closingDay(PulseRound round) {
        return round.getClosedEarlyOn() != null ? round.getClosedEarlyOn() : round.getClosesOn();
    }
}
