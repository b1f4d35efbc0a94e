package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Unit;
import java.util.List;

/**
 * A customer-facing unit at a glance: where it sits, who leads it and how many active people work in it and its teams.
 */
public record UnitSummary(Unit unit, String regionName, List<String> supervisorNames, long staff) {

    public String getSupervisors() {
        return String.join(", ", supervisorNames);
    }
}
