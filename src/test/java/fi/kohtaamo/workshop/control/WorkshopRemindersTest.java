package fi.kohtaamo.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkshopRemindersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private final Unit unit = Unit.blank(UnitKind.UNIT);
    private final WorkshopSession session = new WorkshopSession(
            unit, new WorkshopGuide("customer-path"), new Person("veto", "veto@example.com", "Veto", "Vetäjä", unit));

    private Commitment due(LocalDate due) {
        return new Commitment(session, "Tervehdimme jokaista asiakasta", null, due, null, null);
    }

    @Test
    void aCommitmentIsDueSoonFromThreeDaysBeforeItsDateUntilTheDate() {
        assertThat(WorkshopReminders.reminderOf(due(DAY.plusDays(4)), DAY)).isEmpty();
        assertThat(WorkshopReminders.reminderOf(due(DAY.plusDays(3)), DAY)).contains(WorkshopReminders.SOON);
        assertThat(WorkshopReminders.reminderOf(due(DAY), DAY)).contains(WorkshopReminders.SOON);
    }

    @Test
    void aCommitmentIsOverdueTheDayAfterItsDate() {
        assertThat(WorkshopReminders.reminderOf(due(DAY.minusDays(1)), DAY)).contains(WorkshopReminders.OVERDUE);
    }

    @Test
    void aCommitmentDoneDroppedOrWithoutADateCallsForNoReminder() {
        Commitment done = due(DAY.minusDays(1));
        done.setStatus(Commitment.State.DONE);
        Commitment dropped = due(DAY.plusDays(1));
        dropped.setStatus(Commitment.State.DROPPED);

        assertThat(WorkshopReminders.reminderOf(done, DAY)).isEmpty();
        assertThat(WorkshopReminders.reminderOf(dropped, DAY)).isEmpty();
        assertThat(WorkshopReminders.reminderOf(due(null), DAY)).isEmpty();
    }
}
