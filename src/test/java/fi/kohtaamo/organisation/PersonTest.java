package fi.kohtaamo.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import java.lang.reflect.Field;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static Person saved(long id) throws ReflectiveOperationException {
        Unit unit = Unit.blank(UnitKind.UNIT);
        Person person = new Person("matti.m", "matti@example.com", "Matti", "Meikäläinen", unit);
        person.setPasswordHash("PBKDF2WithHmacSHA256:210000:salt:hash");
        person.setEmployeeNumber(" 4711 ");
        person.superviseOnly(Set.of(unit));
        Field field = Person.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(person, id);
        return person;
    }

    @Test
    void pseudonymisingKeepsNothingThatNamesThePerson() throws ReflectiveOperationException {
        Person person = saved(123);

        person.pseudonymise();

        assertThat(person.getFullName()).isEqualTo("Poistettu henkilö #123");
        assertThat(person.getUsername()).isEqualTo("erased-123");
        assertThat(person.getEmail()).isEqualTo("erased-123@erased.invalid");
        assertThat(person.getPasswordHash()).isNull();
        assertThat(person.getEmployeeNumber()).isNull();
        assertThat(person.toString()).doesNotContain("Matti").doesNotContain("matti");
    }

    @Test
    void anEmployeeNumberIsTrimmedAndABlankOneIsNone() throws ReflectiveOperationException {
        Person person = saved(5);

        assertThat(person.getEmployeeNumber()).isEqualTo("4711");
        person.setEmployeeNumber("  ");
        assertThat(person.getEmployeeNumber()).isNull();
    }

    @Test
    void anErasedPersonIsDeactivatedButKeepsTheRolesAndUnitsTheirHistoryCountsIn() throws ReflectiveOperationException {
        Person person = saved(7);

        person.pseudonymise();

        assertThat(person.isActive()).isFalse();
        assertThat(person.getDeactivatedAt()).isNotNull();
        assertThat(person.isErased()).isTrue();
        assertThat(person.getRoles()).contains(Role.EMPLOYEE, Role.SUPERVISOR);
        assertThat(person.getSupervisedUnits()).hasSize(1);
    }

    @Test
    void anOrdinaryPersonIsNotErased() throws ReflectiveOperationException {
        assertThat(saved(8).isErased()).isFalse();
    }

    @Test
    void aPersonReadsTimesInTheOrganisationsZoneUntilTheyChooseTheirOwn() throws ReflectiveOperationException {
        Person person = saved(9);
        assertThat(person.timeZone()).isEmpty();

        person.setTimeZone(" Europe/Stockholm ");
        assertThat(person.timeZone()).contains(ZoneId.of("Europe/Stockholm"));

        person.setTimeZone("");
        assertThat(person.timeZone()).isEmpty();
    }

    @Test
    void onlyATimeZonesNameIsAccepted() throws ReflectiveOperationException {
        Person person = saved(10);

        assertThatThrownBy(() -> person.setTimeZone("Europe/Kamppi")).isInstanceOf(DateTimeException.class);
        assertThat(person.timeZone()).isEmpty();
    }

    @Test
    void erasingForgetsTheChosenZone() throws ReflectiveOperationException {
        Person person = saved(11);
        person.setTimeZone("Europe/Oslo");

        person.pseudonymise();

        assertThat(person.timeZone()).isEmpty();
    }
}
