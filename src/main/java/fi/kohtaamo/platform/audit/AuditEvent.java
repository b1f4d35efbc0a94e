package fi.kohtaamo.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * One line of the audit log: at what time who (a username, and their person id when they are one) did what to which
 * thing, with a short detail and the address the request came from. Events are written once and never edited; only
 * erasing a person replaces their name in them.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
        name = "AuditEvent.aboutPerson",
        query = "select e from AuditEvent e where e.actorPersonId = :id"
                + " or (e.targetType = 'person' and e.targetId = :idText) order by e.at desc, e.id desc")
@Getter
public class AuditEvent implements Serializable {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    private LocalDateTime at;

    @Column(name = "actor_username")
    private String actorUsername;

    @Column(name = "actor_person_id")
    private Long actorPersonId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    @Column(name = "target_label")
    private String targetLabel;

    @Column(name = "unit_id")
    private Long unitId;

    private String detail;

    @Column(name = "client_address")
    private String clientAddress;

    protected AuditEvent() {}

    /** An event; texts longer than their columns are cut, so recording never fails on a long value. */
    public AuditEvent(
            LocalDateTime at,
            String actorUsername,
            Long actorPersonId,
            AuditAction action,
            AuditTarget target,
            String detail,
            String clientAddress) {
        this.at = at;
        this.actorUsername = cut(actorUsername, 80);
        this.actorPersonId = actorPersonId;
        this.action = action;
        this.targetType = cut(target.type(), 40);
        this.targetId = cut(target.id(), 80);
        this.targetLabel = cut(target.label(), 300);
        this.unitId = target.unitId();
        this.detail = cut(detail, 2000);
        this.clientAddress = cut(clientAddress, 64);
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
