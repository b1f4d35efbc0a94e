package fi.kohtaamo.notification.boundary;

import fi.kohtaamo.notification.control.MailDelivery;
import fi.kohtaamo.notification.control.Outbox;
import fi.kohtaamo.notification.entity.OutboxMail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's view of the outbox: what was sent, and what waits (all mail, when no server is configured). */
@Named
@RequestScoped
public class OutboxBean {

    @Inject
    Outbox outbox;

    @Inject
    MailDelivery delivery;

    /** Read on first use, once per request. */
    private List<OutboxMail> mails;

    private Long pending;

    public List<OutboxMail> getMails() {
        if (mails == null) {
            mails = outbox.recent(500);
        }
        return mails;
    }

    public boolean isConfigured() {
        return delivery.configured();
    }

    public long getPending() {
        if (pending == null) {
            pending = outbox.pendingCount();
        }
        return pending;
    }
}
