package fi.kohtaamo.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import org.junit.jupiter.api.Test;

/** Who may edit whose record: HR never another HR person's or an administrator's, so HR cannot become ADMIN. */
class MayEditTest {

    private static Person with(Role role) {
        Person person = new Person(role.name().toLowerCase() + ".x", role + "@example.com", "A", "B", null);
        person.getRoles().add(role);
        return person;
    }

    @Test
    void administratorsEditAnyone() {
        Person admin = with(Role.ADMIN);
        assertThat(People.mayEdit(admin, with(Role.ADMIN))).isTrue();
        assertThat(People.mayEdit(admin, with(Role.HR))).isTrue();
        assertThat(People.mayEdit(admin, with(Role.EMPLOYEE))).isTrue();
    }

    @Test
    void hrEditsStaffButNotOtherHrPeopleOrAdministrators() {
        Person hr = with(Role.HR);
        assertThat(People.mayEdit(hr, with(Role.EMPLOYEE))).isTrue();
        assertThat(People.mayEdit(hr, with(Role.SUPERVISOR))).isTrue();
        assertThat(People.mayEdit(hr, with(Role.HR))).isFalse();
        assertThat(People.mayEdit(hr, with(Role.ADMIN))).isFalse();
    }

    @Test
    void othersEditNobodyElse() {
        assertThat(People.mayEdit(with(Role.SUPERVISOR), with(Role.EMPLOYEE))).isFalse();
        assertThat(People.mayEdit(with(Role.EMPLOYEE), with(Role.EMPLOYEE))).isFalse();
    }
}
