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
import java.time.LocalDate;
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
 *
 * <p>When the customer's visit is known (a visit-triggered invitation, an import's visit date, the API's
 * {@code visitedAt}) the response counts at the visit: {@link #countedAt()} is the one rule of which month a response
 * belongs to, for the monthly totals, the before/after windows and the periods of comments alike ({@link #COUNTED_AT_SQL}
 * and {@link #COUNTED_AT_JPQL} are the same rule in queries).
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

    /** The time a response counts at, in SQL over {@code customer_response}: the visit when known, else the answer. */
    public static final String COUNTED_AT_SQL = "coalesce(visited_at, answered_at)";

    /** The same in JPQL, for a query whose response is {@code r}. */
    public static final String COUNTED_AT_JPQL = "coalesce(r.visitedAt, r.answeredAt)";

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    /** When the customer visited the unit, if known; never after the answer. */
    @Column(name = "visited_at")
    private LocalDateTime visitedAt;

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

    /** A response whose visit time is unknown: it counts at its answer time. */
    public CustomerResponse(
            Unit unit,
            LocalDateTime answeredAt,
            int nps,
            Integer csat,
            String comment,
            Channel channel,
            Source source,
            String externalId) {
        this(unit, answeredAt, null, nps, csat, comment, channel, source, externalId);
    }

    /**
     * @param visitedAt the customer's visit, or null when unknown
     * @throws IllegalArgumentException if a score is out of range, or the visit is after the answer
     */
    public CustomerResponse(
            Unit unit,
            LocalDateTime answeredAt,
            LocalDateTime visitedAt,
            int nps,
            Integer csat,
            String comment,
            Channel channel,
            Source source,
            String externalId) {
        if (visitedAt != null && visitedAt.isAfter(answeredAt)) {
            throw new IllegalArgumentException("The visit is after the answer");
        }
        if (nps < 0 || nps > 10) {
            throw new IllegalArgumentException("NPS is from 0 to 10");
        }
        if (csat != null && (csat < 1 || csat > 5)) {
            throw new IllegalArgumentException("CSAT is from 1 to 5");
        }
        this.unit = unit;
        this.answeredAt = answeredAt;
        this.visitedAt = visitedAt;
        this.nps = nps;
        this.csat = csat;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.channel = channel;
        this.source = source;
        this.externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        this.dedupeKey = dedupeKey(unit.getId(), answeredAt, nps, csat, this.comment, channel, this.externalId);
        this.themesRead = this.comment == null;
    }

    /** The time the response counts at: the visit when known, otherwise the answer. */
    public LocalDateTime countedAt() {
        return countedAt(visitedAt, answeredAt);
    }

    /** The first day of the month the response counts in, by {@link #countedAt()}. */
    public LocalDate countedMonth() {
        return countedAt().toLocalDate().withDayOfMonth(1);
    }

    /** The rule of {@link #countedAt()} for a visit and an answer not yet made into a response (an import's rows). */
    public static LocalDateTime countedAt(LocalDateTime visitedAt, LocalDateTime answeredAt) {
        return visitedAt != null ? visitedAt : answeredAt;
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
