package fi.kohtaamo.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    @Test
    void dueSoonFromTheReminderDayUntilTheDueDate() {
        assertThat(ReminderRules.dueSoon(THURSDAY.plusDays(3), THURSDAY, 3)).isTrue();
        assertThat(ReminderRules.dueSoon(THURSDAY, THURSDAY, 3)).as("due today").isTrue();
        assertThat(ReminderRules.dueSoon(THURSDAY.plusDays(4), THURSDAY, 3))
                .as("not yet")
                .isFalse();
        assertThat(ReminderRules.dueSoon(THURSDAY.minusDays(1), THURSDAY, 3))
                .as("overdue instead")
                .isFalse();
        assertThat(ReminderRules.dueSoon(null, THURSDAY, 3)).as("no due date").isFalse();
    }

    @Test
    void overdueOnlyOnceTheDueDateHasPassed() {
        assertThat(ReminderRules.overdue(THURSDAY.minusDays(1), THURSDAY)).isTrue();
        assertThat(ReminderRules.overdue(THURSDAY, THURSDAY)).as("due today").isFalse();
        assertThat(ReminderRules.overdue(null, THURSDAY)).isFalse();
    }

    @Test
    void anAssignmentIsNewsForAWeek() {
        assertThat(ReminderRules.news(THURSDAY, THURSDAY)).isTrue();
        assertThat(ReminderRules.news(THURSDAY.minusDays(6), THURSDAY)).isTrue();
        assertThat(ReminderRules.news(THURSDAY.minusDays(7), THURSDAY)).isFalse();
        assertThat(ReminderRules.news(THURSDAY.plusDays(1), THURSDAY))
                .as("reaches them tomorrow")
                .isFalse();
    }

    @Test
    void theDailyDigestKeyChangesWithTheDayOnly() {
        assertThat(ReminderRules.dailyKey("assigned-digest", 12, THURSDAY))
                .isEqualTo(ReminderRules.dailyKey("assigned-digest", 12, LocalDate.of(2026, 12, 3)))
                .isNotEqualTo(ReminderRules.dailyKey("assigned-digest", 12, THURSDAY.plusDays(1)))
                .isNotEqualTo(ReminderRules.dailyKey("assigned-digest", 13, THURSDAY));
    }

    @Test
    void theWeeklyDigestKeyIsTheSameFromMondayToSunday() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        String week = ReminderRules.weeklyKey("team-overdue", 12, monday);
        assertThat(ReminderRules.weeklyKey("team-overdue", 12, monday.plusDays(6)))
                .isEqualTo(week);
        assertThat(ReminderRules.weeklyKey("team-overdue", 12, monday.plusDays(7)))
                .isNotEqualTo(week);
        assertThat(ReminderRules.weeklyKey("team-overdue", 12, monday.minusDays(1)))
                .isNotEqualTo(week);
        assertThat(week).isEqualTo("team-overdue:12:2026-W49");
        assertThat(ReminderRules.weeklyKey("team-overdue", 12, LocalDate.of(2027, 1, 1)))
                .as("the ISO week of New Year's Day 2027 belongs to 2026")
                .isEqualTo("team-overdue:12:2026-W53");
    }
}
