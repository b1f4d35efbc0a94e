package fi.kohtaamo.notification.control;

import fi.kohtaamo.platform.cluster.Leases;
import fi.kohtaamo.platform.metrics.Metrics;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Sends the reminders and digests that are due: every hour from 07:00 to 23:00 of the organisation's day, on the one
 * node of a cluster that holds the {@code reminders} lease. Each run fires {@link RemindersDue}, which learning and
 * workshops observe; since every reminder is recorded by its event key, a run sends only what no run has sent
 * (an assignment reaching someone at noon goes in the next day's digest if today's has gone). A run's mails are queued
 * without a delivery attempt each and delivered in one round at its end; they wait in the outbox while the mail server
 * is down. A test runs the job for a day of its choosing with {@link #run(LocalDate)}.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ReminderJob {

    /** The hour of the organisation's day from which reminders go, so that none arrives at night. */
    static final int FIRST_HOUR = 7;

    @Inject
    Clock clock;

    @Inject
    Leases leases;

    @Inject
    Metrics metrics;

    @Inject
    Reminders reminders;

    @Inject
    Event<RemindersDue> due;

    @Inject
    MailDelivery delivery;

    @Schedule(hour = "*", minute = "10", persistent = false)
    void hourly() {
        if (LocalTime.now(clock).getHour() >= FIRST_HOUR && leases.take("reminders", Duration.ofMinutes(50))) {
            run(LocalDate.now(clock));
            metrics.jobRan("reminders");
        }
    }

    /** Sends every reminder due on this day that has not gone yet, then delivers them in one round. */
    public void run(LocalDate day) {
        due.fire(new RemindersDue(day, reminders.daysBefore()));
        delivery.deliverPendingAsync();
    }
}
