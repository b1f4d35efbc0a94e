package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.Commitment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open commitments of a whole team (no single owner) of a unit and the units below it, overdue ones first, for
 * the supervisor's cockpit ({@code WEB-INF/includes/team-commitments.xhtml}). Only a viewer who oversees the unit
 * sees them.
 */
@Named
@RequestScoped
public class TeamCommitmentsBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Units units;

    @Inject
    Sessions sessions;

    private final Map<Long, List<Commitment>> byUnit = new HashMap<>();

    public List<Commitment> of(Long unitId) {
        return byUnit.computeIfAbsent(unitId, id -> {
            oversight.requireOversees(currentUser.getPerson(), id);
            return sessions.commitmentsIn(units.withDescendants(List.of(id))).stream()
                    .filter(c -> c.getOwner() == null && c.getStatus() == Commitment.State.OPEN)
                    .sorted(Comparator.comparing((Commitment c) -> !c.isOverdue())
                            .thenComparing(Commitment::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        });
    }
}
