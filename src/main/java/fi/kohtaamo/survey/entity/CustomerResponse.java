package fi.kohtaamo.survey.entity;

import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Getter;

/**
 * One customer's answer about one unit: the NPS score (0–10), optionally CSAT (1–5) and a comment. Comments may hold
 * personal data, so only HR and the unit's supervisors see them. The dedupe key makes every response count once,
 * however often the same file or call delivers it. A comment's themes ({@link CommentTheme}) are read when it is
 * recorded, or later by the backfill for responses a bulk import added: {@link #isThemesRead()} says which.
 */
@Entity
@Table(name = "customer_response")
@NamedQuery(
        name = "CustomerResponse.latestComments",
        query =
                "select r from CustomerResponse r where r.unit.id in :units and r.comment is not null order by r.answeredAt desc")
@Getter
public class CustomerResponse {

    @Id
    @SequenceGenerator(name = "customer_response_seq", sequenceName = "customer_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_response_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    private int nps;

    private Integer csat;

    private String comment;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "customer_response_theme", joinColumns = @JoinColumn(name = "response_id"))
    private Set<CommentTheme> themes = new LinkedHashSet<>();

    @Column(name = "themes_read")
    private boolean themesRead;

    protected CustomerResponse() {}

    /**
     * @throws IllegalArgumentException if a score is out of range
     */
    public CustomerResponse(
            Unit unit,
            LocalDateTime answeredAt,
            int nps,
            Integer csat,
            String comment,
            Channel channel,
            Source source,
            String externalId) {
        if (nps < 0 || nps > 10) {
            throw new IllegalArgumentException("NPS is from 0 to 10");
        }
        if (csat != null && (csat < 1 || csat > 5)) {
            throw new IllegalArgumentException("CSAT is from 1 to 5");
        }
        this.unit = unit;
        this.answeredAt = answeredAt;
        this.nps = nps;
        this.csat = csat;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.channel = channel;
        this.source = source;
        this.externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        this.dedupeKey = dedupeKey(unit.getId(), answeredAt, nps, csat, this.comment, channel, this.externalId);
        this.themesRead = this.comment == null;
    }

    /** Keeps the themes read from the comment, in place of any read before. */
    public void readThemes(Collection<CommentTheme> read) {
        themes.clear();
        themes.addAll(read);
        themesRead = true;
    }

    /** By external id where there is one, otherwise by the response's content. */
    public static String dedupeKey(
            Long unitId, LocalDateTime at, int nps, Integer csat, String comment, Channel channel, String externalId) {
        String basis = externalId != null
                ? "external|" + externalId
                : String.join(
                        "|",
                        "content",
                        String.valueOf(unitId),
                        at.toString(),
                        String.valueOf(nps),
                        String.valueOf(csat),
                        String.valueOf(comment),
                        String.valueOf(channel));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
