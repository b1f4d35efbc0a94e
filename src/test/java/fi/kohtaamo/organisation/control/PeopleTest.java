package fi.kohtaamo.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeopleTest {

    private static Unit unit(String code) {
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode(code);
        return unit;
    }

    @Test
    void accessListsRolesInOrderAndTheUnitsSupervised() {
        Person person = new Person("anna.a", "anna@example.com", "Anna", "A", unit("HKI-KAMPPI"));
        person.getRoles().add(Role.HR);
        person.superviseOnly(Set.of(unit("TKU-ASTU"), unit("HKI-KAMPPI")));

        assertThat(People.access(person)).isEqualTo("EMPLOYEE, HR, SUPERVISOR; supervises HKI-KAMPPI, TKU-ASTU");
    }

    @Test
    void anEmployeeWhoSupervisesNothingHasOnlyTheirRole() {
        Person person = new Person("ben.b", "ben@example.com", "Ben", "B", unit("HKI-KAMPPI"));

        assertThat(People.access(person)).isEqualTo("EMPLOYEE");
    }
}
