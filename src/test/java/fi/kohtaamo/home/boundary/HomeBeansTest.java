package fi.kohtaamo.home.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the employee's home page says about the person signed in, worked out without a server:
 * the people and units are made here, and the controls that would read them from the database answer from maps.
 */
class HomeBeansTest {

    private final Unit organisation = withId(new Unit("PP", "Palvelu Oy", UnitKind.ORGANISATION, null), 1);
    private final Unit region = withId(new Unit("R", "Etelä", UnitKind.REGION, organisation), 2);
    private final Unit unit = withId(new Unit("U", "Kamppi", UnitKind.UNIT, region), 3);
    private final Unit team = withId(new Unit("T", "Iltavuoro", UnitKind.TEAM, unit), 4);

    /** Who leads which unit, by unit id, and who works where, as People would read them. */
    private final Map<Long, List<Person>> leaders = new HashMap<>();

    private final List<Person> everyone = new ArrayList<>();

    private long ids = 100;

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Person person(String name, Unit where) {
        Person person = withId(new Person(name, name + "@example.com", name, "Testinen", where), ids++);
        everyone.add(person);
        return person;
    }

    private Person leader(String name, Unit where, Unit led) {
        Person person = person(name, where);
        person.superviseOnly(Set.of(led));
        leaders.computeIfAbsent(led.getId(), id -> new ArrayList<>()).add(person);
        return person;
    }

    private static CurrentUser signedIn(Person person) {
        return new CurrentUser() {
            @Override
            public Person getPerson() {
                return person;
            }
        };
    }

    private People people() {
        return new People() {
            @Override
            public List<Person> supervisorsOf(Long unitId) {
                return leaders.getOrDefault(unitId, List.of());
            }

            @Override
            public List<Person> inUnits(Collection<Long> unitIds) {
                return everyone.stream()
                        .filter(p -> unitIds.contains(p.getUnit().getId()))
                        .toList();
            }
        };
    }

    private EmployeeHomeBean employeeHome(Person person) {
        EmployeeHomeBean bean = new EmployeeHomeBean();
        bean.currentUser = signedIn(person);
        bean.people = people();
        return bean;
    }

    @Test
    void theEmployeesUnitIsShownFromTheRegionDownWithoutTheOrganisation() {
        Person employee = person("eero", team);

        assertThat(employeeHome(employee).getUnitPath()).isEqualTo("Etelä › Kamppi › Iltavuoro");
    }

    @Test
    void aTeamWithoutALeaderIsLedByWhoeverLeadsTheUnitAboveIt() {
        leader("sanna", unit, unit);
        leader("risto", region, region);
        Person employee = person("eero", team);

        assertThat(employeeHome(employee).getSupervisors()).isEqualTo("sanna Testinen");
    }

    @Test
    void aSupervisorIsNotTheirOwnSupervisorAndDeactivatedLeadersAreSkipped() {
        Person sanna = leader("sanna", unit, unit);
        Person former = leader("ville", unit, unit);
        former.deactivate();
        leader("risto", region, region);

        assertThat(employeeHome(sanna).getSupervisors()).isEqualTo("risto Testinen");
    }

    @Test
    void nobodyLeadingAnyUnitAboveLeavesTheSupervisorBlank() {
        Person employee = person("eero", team);

        assertThat(employeeHome(employee).getSupervisors()).isEmpty();
    }
}
