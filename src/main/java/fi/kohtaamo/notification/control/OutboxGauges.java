package fi.kohtaamo.notification.control;

import fi.kohtaamo.platform.metrics.SharedGauges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The outbox's part of {@code /metrics}: mails not sent yet, and those whose delivery has failed at least once. */
@ApplicationScoped
public class OutboxGauges implements SharedGauges {

    @Inject
    Outbox outbox;

    @Override
    public List<Gauge> read() {
        return List.of(
                new Gauge("kohtaamo_outbox_backlog", "Mails in the outbox not sent yet.", outbox.pendingCount()),
                new Gauge(
                        "kohtaamo_outbox_failing",
                        "Unsent mails whose delivery has failed at least once.",
                        outbox.failingCount()));
    }
}
