package fi.kohtaamo.survey.control;

import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How often customers' comments mention each theme: per period, the share of the comments read into themes that
 * mention it, with its praise and complaints, and its change from the period before. A period counts only whole
 * months (the month under way is never part of one), and a period with fewer than {@value #MIN_COMMENTS} comments is
 * marked uncertain, so that two comments never read as "50 %".
 */
@ApplicationScoped
public class ThemeShares {

    /** Comments a period needs before its shares and their change are shown as certain. */
    public static final int MIN_COMMENTS = 10;

    /** The months of a period on the pages that show the shares (customer results, insight unit). */
    public static final int MONTHS = 3;

    @PersistenceContext
    EntityManager em;

    /** The months from {@code from} (inclusive) to {@code to} (exclusive), and how many comments they hold. */
    public record Period(LocalDate from, LocalDate to, long comments) implements Serializable {

        public boolean few() {
            return comments < MIN_COMMENTS;
        }
    }

    /** One theme in the latest period and the period before it. */
    public record Share(Theme theme, long count, long praise, long complaints, long previousCount)
            implements Serializable {}

    /** The latest period and the one before it, each of the given months, and every theme's share in them. */
    public record Reading(Period period, Period previous, List<Share> shares) implements Serializable {

        /** The share of the latest period's comments that mention the theme, in percent. */
        public double percent(Share share) {
            return period.comments() == 0 ? 0 : 100.0 * share.count() / period.comments();
        }

        /** The same in the period before. */
        public double previousPercent(Share share) {
            return previous.comments() == 0 ? 0 : 100.0 * share.previousCount() / previous.comments();
        }

        /** The change in percentage points, or null when either period has too few comments to tell. */
        public Double change(Share share) {
            return period.few() || previous.few() ? null : percent(share) - previousPercent(share);
        }
    }

    /**
     * The themes of the given units' comments over the {@code months} whole months before {@code today}'s month,
     * against the {@code months} before those, in the order of {@link Theme}.
     */
    public Reading read(Collection<Long> unitIds, LocalDate today, int months) {
        LocalDate to = today.withDayOfMonth(1);
        LocalDate from = to.minusMonths(months);
        LocalDate previousFrom = from.minusMonths(months);
        Map<Theme, long[]> now = counts(unitIds, from, to);
        Map<Theme, long[]> before = counts(unitIds, previousFrom, from);
        List<Share> shares = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            long[] n = now.getOrDefault(theme, new long[3]);
            shares.add(new Share(theme, n[0], n[1], n[2], before.getOrDefault(theme, new long[3])[0]));
        }
        return new Reading(
                new Period(from, to, comments(unitIds, from, to)),
                new Period(previousFrom, from, comments(unitIds, previousFrom, from)),
                shares);
    }

    /** Per theme: comments mentioning it, of which praise, of which complaints. */
    private Map<Theme, long[]> counts(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Theme, long[]> counts = new EnumMap<>(Theme.class);
        if (unitIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery(
                        "select t.theme, t.sentiment, count(r) from CustomerResponse r join r.themes t"
                                + " where r.unit.id in :units and r.answeredAt >= :from and r.answeredAt < :to"
                                + " group by t.theme, t.sentiment",
                        Object[].class)
                .setParameter("units", unitIds)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.atStartOfDay())
                .getResultList();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((Theme) row[0], t -> new long[3]);
            long n = ((Number) row[2]).longValue();
            c[0] += n;
            if (row[1] == Sentiment.PRAISE) {
                c[1] += n;
            } else if (row[1] == Sentiment.COMPLAINT) {
                c[2] += n;
            }
        }
        return counts;
    }

    /** The comments read into themes (whether they have any). */
    private long comments(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return em.createQuery(
                        "select count(r) from CustomerResponse r where r.unit.id in :units and r.comment is not null"
                                + " and r.themesRead = true and r.answeredAt >= :from and r.answeredAt < :to",
                        Long.class)
                .setParameter("units", unitIds)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.atStartOfDay())
                .getSingleResult();
    }
}
