package fi.kohtaamo.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private final Unit unit = new Unit("U1", "Palvelupiste", UnitKind.ORGANISATION, null);
    private final Person person = new Person("anna.a", "anna@example.com", "Anna", "A", unit);
    private final TrainingModule module = new TrainingModule("no-bouncing");

    @Test
    void aDateIsTheSameForEveryone() {
        LocalDate christmas = LocalDate.of(2026, 12, 24);

        assertThat(Assignment.toUnit(module, null, unit, christmas, null).dueFor(person))
                .isEqualTo(christmas);
        assertThat(Assignment.toUnit(module, null, unit, null, null).dueFor(person))
                .isNull();
    }

    @Test
    void daysCountFromTheDayItIsGivenForSomeoneAlreadyThere() {
        Assignment assignment =
                Assignment.toUnit(module, null, unit, null, null).dueAfterDays(14);

        assertThat(assignment.dueFor(person))
                .isEqualTo(assignment.getCreatedAt().toLocalDate().plusDays(14));
    }

    @Test
    void daysAreOneToAYearAndNeverBesideADate() {
        assertThatThrownBy(
                        () -> Assignment.toUnit(module, null, unit, null, null).dueAfterDays(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("due 1 to 365 days after it reaches a person");
        assertThatThrownBy(
                        () -> Assignment.toUnit(module, null, unit, null, null).dueAfterDays(366))
                .hasMessage("due 1 to 365 days after it reaches a person");
        assertThatThrownBy(() -> Assignment.toUnit(module, null, unit, LocalDate.of(2026, 12, 24), null)
                        .dueAfterDays(14))
                .hasMessage("due on a date or after days, not both");
    }
}
