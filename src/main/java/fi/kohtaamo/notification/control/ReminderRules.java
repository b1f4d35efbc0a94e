package fi.kohtaamo.notification.control;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The date rules of reminders, with no container: when something is due soon or overdue, and the keys that make each
 * reminder go once (an event key per reminder, a day key per daily digest, a week key per weekly digest).
 */
public final class ReminderRules {

    /** How many days before a commitment's due date its owner is reminded. */
    public static final int COMMITMENT_DAYS_BEFORE = 3;

    /** How long after it reaches someone an assignment is still news to mail them about. */
    public static final int ASSIGNED_NEWS_DAYS = 7;

    private ReminderRules() {}

    /** Due from today up to {@code daysBefore} days ahead (so a reminder missed on its day still goes the next). */
    public static boolean dueSoon(LocalDate due, LocalDate day, int daysBefore) {
        return due != null && !due.isBefore(day) && !due.isAfter(day.plusDays(daysBefore));
    }

    /** Past its due date: due yesterday or before. Something due today is not overdue yet. */
    public static boolean overdue(LocalDate due, LocalDate day) {
        return due != null && due.isBefore(day);
    }

    /** Whether something that reached a person on {@code reached} is still news on {@code day}. */
    public static boolean news(LocalDate reached, LocalDate day) {
        return reached != null && !reached.isAfter(day) && reached.isAfter(day.minusDays(ASSIGNED_NEWS_DAYS));
    }

    /** The key of a digest sent at most once a day to one person: "assigned-digest:12:2026-12-03". */
    public static String dailyKey(String digest, long personId, LocalDate day) {
        return digest + ":" + personId + ":" + day;
    }

    /** The key of a digest sent at most once an ISO week to one person: "team-overdue:12:2026-W49". */
    public static String weeklyKey(String digest, long personId, LocalDate day) {
        return digest + ":" + personId + ":" + day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
