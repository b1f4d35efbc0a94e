package fi.kohtaamo.home.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import lombok.Getter;

/** The employee's home: who they are, where they work, who leads them and what is coming up. */
@Named
@RequestScoped
public class EmployeeHomeBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    /** Region › unit › team, from the top down, without the organisation itself. */
    @Getter(lazy = true)
    private final String unitPath = Units.pathName(getPerson().getUnit());

    /** The people who lead the employee's unit, or the unit above it when the employee works in a team. */
    @Getter(lazy = true)
    private final String supervisors = supervisors();

    public Person getPerson() {
        return currentUser.getPerson();
    }

    private String supervisors() {
        for (Unit unit = getPerson().getUnit(); unit != null; unit = unit.getParent()) {
            List<Person> leaders = people.supervisorsOf(unit.getId()).stream()
                    .filter(Person::isActive)
                    .filter(p -> !p.equals(getPerson()))
                    .toList();
            if (!leaders.isEmpty()) {
                return leaders.stream().map(Person::getFullName).collect(Collectors.joining(", "));
            }
        }
        return "";
    }
}
