package fi.kohtaamo.notification.control;

import java.time.LocalDate;

/**
 * Fired by {@link ReminderJob} for the day it runs on: each feature that reminds people of something observes it and
 * sends what is due through {@link Reminders}, so that the job itself knows no feature.
 *
 * @param day the organisation's day the reminders are for
 * @param daysBefore how many days before a module's due date its learner is reminded (HR's setting)
 */
public record RemindersDue(LocalDate day, int daysBefore) {}
