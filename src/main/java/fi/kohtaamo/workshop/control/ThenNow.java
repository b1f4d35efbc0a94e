package fi.kohtaamo.workshop.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.pulse.control.Pulses;
import java.io.Serializable;
import java.util.Optional;

/**
 * A factor's pulse score before a workshop and after it, for the team the workshop was held with: the last closed
 * pulse round before the session, and the first round after it once that has closed. Both figures are the pulse's
 * own readings of the session's unit, so a figure appears only where the pulse's anonymity rule shows it
 * ({@link fi.kohtaamo.pulse.control.PulseDisclosure}); when either reading is withheld neither is shown, so that one
 * figure next to a gap tells nothing either.
 *
 * @param then the factor's mean (1–5) in the round before, when {@code outcome} is {@link Outcome#SHOWN}
 * @param now the factor's mean in the round after, when {@code outcome} is {@link Outcome#SHOWN}
 */
public record ThenNow(Factor factor, Outcome outcome, Double then, Double now) implements Serializable {

    /** What can be said. */
    public enum Outcome {
        /** Both rounds' figures are shown. */
        SHOWN,
        /** No round after the session has closed yet. */
        WAITING,
        /** No round had closed before the session, so there is nothing to compare with. */
        NO_BASELINE,
        /** A round's figures for the team are withheld: too few answered, or they would reveal a smaller group's. */
        TOO_FEW
    }

    /**
     * @param before the team's reading in the last round closed before the session, if any
     * @param after the team's reading in the first round after it, if one has closed
     */
    public static ThenNow of(Factor factor, Optional<Pulses.Reading> before, Optional<Pulses.Reading> after) {
        if (after.isEmpty()) {
            return new ThenNow(factor, Outcome.WAITING, null, null);
        }
        if (before.isEmpty()) {
            return new ThenNow(factor, Outcome.NO_BASELINE, null, null);
        }
        Optional<Pulses.GroupResult> then = before.get().result();
        Optional<Pulses.GroupResult> now = after.get().result();
        if (then.isEmpty() || now.isEmpty()) {
            return new ThenNow(factor, Outcome.TOO_FEW, null, null);
        }
        return new ThenNow(
                factor,
                Outcome.SHOWN,
                then.get().factorMeans().get(factor.ordinal()),
                now.get().factorMeans().get(factor.ordinal()));
    }

    /** The change from then to now, or null when not shown. */
    public Double getChange() {
        return outcome == Outcome.SHOWN ? now - then : null;
    }

    public boolean isShown() {
        return outcome == Outcome.SHOWN;
    }
}
