package fi.kohtaamo.casework.boundary;

import fi.kohtaamo.casework.control.DetractorCases;
import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.DetractorCase;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cockpit's tile of a unit's open detractor cases (the unit and those below it), oldest first, each with its age
 * and state, read once per request. The unit is checked through {@link Oversight} as on the cockpit itself.
 */
@Named
@RequestScoped
public class CockpitCasesBean {

    /** How many of the oldest open cases the tile lists; the cases page has them all. */
    static final int LISTED = 5;

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Units units;

    @Inject
    DetractorCases cases;

    @Inject
    Clock clock;

    private final Map<Long, List<DetractorCase>> open = new HashMap<>();

    /** The open cases of the unit and the units below it, oldest first. */
    public List<DetractorCase> of(Long unitId) {
        return open.computeIfAbsent(unitId, id -> {
            oversight.requireOversees(currentUser.getPerson(), id);
            return cases.openIn(units.withDescendants(List.of(id)));
        });
    }

    /** The oldest few of them, for the tile. */
    public List<DetractorCase> listed(Long unitId) {
        List<DetractorCase> all = of(unitId);
        return all.subList(0, Math.min(LISTED, all.size()));
    }

    /** Whole days since the case opened. */
    public long ageDays(DetractorCase c) {
        return Duration.between(c.getOpenedAt(), LocalDateTime.now(clock)).toDays();
    }

    /** Whether a case still new has passed its acknowledgement target. */
    public boolean overdue(DetractorCase c) {
        return c.getState() == CaseState.NEW && LocalDateTime.now(clock).isAfter(c.getAcknowledgeBy());
    }
}
