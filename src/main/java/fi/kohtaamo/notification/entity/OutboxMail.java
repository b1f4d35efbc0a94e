package fi.kohtaamo.notification.entity;

import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;

/** A mail to send, kept until it is delivered (and afterwards, for the administrator's outbox page). */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
        name = "OutboxMail.pending",
        query = "select m.id from OutboxMail m where m.sentAt is null and m.attempts < :maxAttempts"
                + " order by m.attempts, m.id")
@NamedQuery(name = "OutboxMail.recent", query = "select m from OutboxMail m order by m.id desc")
@Getter
public class OutboxMail {

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    private String recipient;

    private String subject;

    private String body;

    /** An iCalendar (.ics) attachment, if the mail carries one. */
    private String calendar;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    /** Whether recipient and body are erased once the mail is sent: they hold a customer's personal data. */
    private boolean personal;

    protected OutboxMail() {}

    /** Mail to a customer: its address and body are erased once it has been sent. */
    public static OutboxMail personal(String recipient, String subject, String body) {
        OutboxMail mail = new OutboxMail(recipient, subject, body, null);
        mail.personal = true;
        return mail;
    }

    public OutboxMail(String recipient, String subject, String body, String calendar) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.calendar = calendar;
    }

    public void sent(LocalDateTime when) {
        attempts++;
        sentAt = when;
        lastError = null;
        if (personal) {
            recipient = "(erased)";
            body = "";
        }
    }

    public void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(1000, error.length()));
    }
}
