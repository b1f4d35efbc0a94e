package fi.kohtaamo.notification.control;

import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.platform.config.Settings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Demo mode: the reminders of the demo's data go out as soon as it is loaded, so that the outbox shows a mail of each
 * kind the data calls for on the first start. A later start sends only what has become due since.
 */
@ApplicationScoped
public class DemoReminders {

    @Inject
    Settings settings;

    @Inject
    ReminderJob job;

    @Inject
    Clock clock;

    void sendOnStart(@Observes @Priority(StartupOrder.DEMO_REMINDERS) Startup startup) {
        if (settings.demoMode()) {
            job.run(LocalDate.now(clock));
        }
    }
}
