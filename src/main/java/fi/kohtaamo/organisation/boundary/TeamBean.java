package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * One unit's people, with its teams: for the unit's supervisor, HR and administrators. A supervisor who edits the
 * unit id in the address to reach a unit they do not oversee gets the 403 page, and the attempt is logged.
 */
@Named
@RequestScoped
public class TeamBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    People people;

    @Getter
    @Setter
    private Long unitId;

    @Getter
    private Unit unit;

    @Getter
    private List<Person> members;

    /** Loads the unit named by the {@code unit} parameter, after checking the viewer oversees it. */
    public void load() {
        Oversight.Scope scope = oversight.scope(currentUser.getPerson(), unitId);
        unit = scope.required();
        unitId = unit.getId();
        members = people.inUnits(scope.unitIds());
    }

    public String getUnitPath() {
        return Units.pathName(unit);
    }
}
