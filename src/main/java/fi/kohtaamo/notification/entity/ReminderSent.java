package fi.kohtaamo.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;

/**
 * An event a reminder was mailed for, by its unique key (such as {@code overdue:12:module-a:2026-12-01}): saved with
 * the mail, so that the event is never mailed again.
 */
@Entity
@Table(name = "reminder_sent")
@NamedQuery(name = "ReminderSent.among", query = "select r.eventKey from ReminderSent r where r.eventKey in :keys")
@Getter
public class ReminderSent {

    @Id
    @Column(name = "event_key")
    private String eventKey;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    protected ReminderSent() {}

    public ReminderSent(String eventKey, LocalDate sentOn) {
        this.eventKey = eventKey;
        this.sentOn = sentOn;
    }
}
