package fi.kohtaamo.notification.boundary;

import fi.kohtaamo.notification.control.MailDelivery;
import fi.kohtaamo.notification.control.Outbox;
import fi.kohtaamo.notification.entity.OutboxMail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;

/** The administrator's view of the outbox: what was sent, and what waits (all mail, when no server is configured). */
@Named
@RequestScoped
public class OutboxBean {

    @Inject
    Outbox outbox;

    @Inject
    MailDelivery delivery;

    /** Read on first use, once per request. */
    @Getter(lazy = true)
    private final List<OutboxMail> mails = outbox.recent(500);

    /** How many mails wait to be sent; read on first use, once per request. */
    @Getter(lazy = true)
    private final long pending = outbox.pendingCount();

    public boolean isConfigured() {
        return delivery.configured();
    }
}
