package fi.kohtaamo.survey.entity;

import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * A customer's visit to a unit, registered so that the customer is invited to the survey once, a while after the
 * visit. The customer's email lives here only until the invitation has gone or expired; the link's token is made when
 * the invitation is sent and kept only as a hash, and the link works once.
 */
@Entity
@Table(name = "survey_visit")
@NamedQuery(
        name = "SurveyVisit.due",
        query = "select v from SurveyVisit v where v.sentAt is null and v.email is not null and v.sendAfter <= :now"
                + " order by v.sendAfter")
@NamedQuery(
        name = "SurveyVisit.byToken",
        query = "select v from SurveyVisit v join fetch v.unit where v.tokenHash = :hash")
@NamedQuery(
        name = "SurveyVisit.external",
        query = "select count(v) from SurveyVisit v where v.unit = :unit and v.externalId = :externalId")
@Getter
public class SurveyVisit {

    /** How long an invitation may wait to be sent, and how long its link stays open. */
    public static final int VALID_DAYS = 7;

    @Id
    @SequenceGenerator(name = "survey_visit_seq", sequenceName = "survey_visit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_visit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "visited_at")
    private LocalDateTime visitedAt;

    private String email;

    private String language;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "token_hash")
    @Getter(AccessLevel.NONE)
    private String tokenHash;

    @Column(name = "send_after")
    private LocalDateTime sendAfter;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    protected SurveyVisit() {}

    public SurveyVisit(Unit unit, LocalDateTime visitedAt, String email, String language, String externalId) {
        this.unit = unit;
        this.visitedAt = visitedAt;
        this.email = email;
        this.language = language;
        this.externalId = externalId;
        this.sendAfter = visitedAt.plusMinutes(unit.getInvitationDelayMinutes());
        this.expiresAt = visitedAt.plusDays(VALID_DAYS);
    }

    /** The invitation has gone with a link whose token hashes to this: the address is no longer needed. */
    public void sent(LocalDateTime when, String tokenHash) {
        this.sentAt = when;
        this.tokenHash = tokenHash;
        this.email = null;
    }

    /** The invitation was never sent in time: the address is erased all the same. */
    public void expire() {
        this.email = null;
    }

    public boolean isExpired(LocalDateTime now) {
        return now.isAfter(expiresAt);
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public String externalId() {
        return externalId;
    }
}
