package fi.kohtaamo.survey.control;

import fi.kohtaamo.notification.control.Outbox;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.api.ApiKeys;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.imports.ImportFile;
import fi.kohtaamo.platform.web.PublicAddress;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import fi.kohtaamo.survey.entity.SurveyVisit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

/**
 * Visit-triggered survey invitations. A visit (unit, time, the customer's email) is registered through the API or a
 * CSV file; after the unit's delay (two hours unless HR sets another) the customer gets a one-time survey link by mail,
 * through the outbox. The email is erased when the invitation goes, or when it is seven days old unsent; the link can
 * be answered once, within seven days of the visit. Links point at {@code KOHTAAMO_BASE_URL}.
 */
@ApplicationScoped
public class Invitations {

    @Inject
    Clock clock;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    @Inject
    Outbox outbox;

    @Inject
    Responses responses;

    @Inject
    PublicAddress publicAddress;

    @Inject
    AuditLog audit;

    /** A visit as the API or a file gives it; language and the caller's visit id are optional. */
    public record Visit(String unit, LocalDateTime visitedAt, String email, String language, String externalId) {}

    /** What is wrong with one visit: its position, the field, and a message key {@code invitation.problem.<code>}. */
    public record Problem(int index, String field, String code) implements Serializable {}

    /** The visits were not registered, because of these problems. */
    public static class Invalid extends RuntimeException {
        private final List<Problem> problems;

        public Invalid(List<Problem> problems) {
            super(problems.size() + " invalid visit(s)");
            this.problems = problems;
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public record Registered(int registered, int duplicates) {}

    /** Where a one-time link stands. */
    public enum LinkState {
        OPEN,
        ANSWERED,
        EXPIRED,
        UNKNOWN
    }

    /**
     * Registers every visit, or none when any is invalid. A visit whose id the unit has already registered is skipped.
     *
     * @param allowedUnits the units the caller may register visits for, or null for all
     * @throws Invalid naming every problem
     */
    @Transactional
    public Registered register(List<Visit> visits, Set<Long> allowedUnits) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Problem> problems = new ArrayList<>();
        List<SurveyVisit> valid = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            int before = problems.size();
            Unit unit = null;
            if (visit.unit() == null || visit.unit().isBlank()) {
                problems.add(new Problem(i, "unit", "unitRequired"));
            } else {
                unit = units.findByCode(visit.unit().strip())
                        .filter(u -> allowedUnits == null || allowedUnits.contains(u.getId()))
                        .orElse(null);
                if (unit == null) {
                    problems.add(new Problem(i, "unit", "unknownUnit"));
                }
            }
            if (visit.visitedAt() == null) {
                problems.add(new Problem(i, "visitedAt", "visitedAtInvalid"));
            } else if (visit.visitedAt().isAfter(now.plusMinutes(5))) {
                problems.add(new Problem(i, "visitedAt", "visitedAtFuture"));
            } else if (visit.visitedAt().isBefore(now.minusDays(SurveyVisit.VALID_DAYS))) {
                problems.add(new Problem(i, "visitedAt", "tooOld"));
            }
            if (!validEmail(visit.email())) {
                problems.add(new Problem(i, "email", "emailInvalid"));
            }
            String language = visit.language() == null || visit.language().isBlank()
                    ? "fi"
                    : visit.language().strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(language)) {
                problems.add(new Problem(i, "language", "languageInvalid"));
            }
            String externalId = visit.externalId() == null || visit.externalId().isBlank()
                    ? null
                    : visit.externalId().strip();
            if (externalId != null && externalId.length() > 200) {
                problems.add(new Problem(i, "visitId", "tooLong"));
            }
            if (problems.size() == before) {
                valid.add(new SurveyVisit(unit, visit.visitedAt(), visit.email().strip(), language, externalId));
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        int duplicates = 0;
        Set<String> seen = new HashSet<>();
        for (SurveyVisit visit : valid) {
            String external = visit.getUnit().getId() + "|" + visit.externalId();
            if (visit.externalId() != null
                    && (!seen.add(external)
                            || em.createNamedQuery("SurveyVisit.external", Long.class)
                                            .setParameter("unit", visit.getUnit())
                                            .setParameter("externalId", visit.externalId())
                                            .getSingleResult()
                                    > 0)) {
                duplicates++;
                continue;
            }
            em.persist(visit);
        }
        return new Registered(valid.size() - duplicates, duplicates);
    }

    static boolean validEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return false;
        }
        try {
            new InternetAddress(email.strip(), true).validate();
            return email.contains("@") && email.substring(email.indexOf('@')).contains(".");
        } catch (AddressException e) {
            return false;
        }
    }

    /**
     * Sends the invitations that are due, each with a new one-time link, and erases the addresses of those that
     * expired unsent. Returns how many were sent.
     */
    @Transactional
    public int sendDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        int sent = 0;
        List<SurveyVisit> due = em.createNamedQuery("SurveyVisit.due", SurveyVisit.class)
                .setParameter("now", now)
                .setMaxResults(500)
                .getResultList();
        for (SurveyVisit visit : due) {
            if (visit.isExpired(now)) {
                visit.expire();
                continue;
            }
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            String link = publicAddress.forMail() + "/survey/respond?t=" + token + "&lang=" + visit.getLanguage();
            outbox.queuePersonal(
                    visit.getEmail(),
                    text(
                            "invitation.mail.subject",
                            visit.getLanguage(),
                            visit.getUnit().getName()),
                    text(
                            "invitation.mail.body",
                            visit.getLanguage(),
                            visit.getUnit().getName(),
                            link,
                            SurveyVisit.VALID_DAYS));
            visit.sent(now, ApiKeys.hash(token));
            sent++;
        }
        em.createQuery("update SurveyVisit v set v.email = null"
                        + " where v.sentAt is null and v.email is not null and v.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate();
        return sent;
    }

    private static String text(String key, String language, Object... arguments) {
        Locale locale = Language.formatting(language);
        return new MessageFormat(
                        ResourceBundle.getBundle(Language.BUNDLE, locale).getString(key), locale)
                .format(arguments);
    }

    /** The visit a one-time link belongs to, with where it stands. */
    public record Link(LinkState state, Unit unit) {}

    public Link link(String token) {
        return find(token)
                .map(v -> new Link(
                        v.isAnswered()
                                ? LinkState.ANSWERED
                                : v.isExpired(LocalDateTime.now(clock)) ? LinkState.EXPIRED : LinkState.OPEN,
                        v.getUnit()))
                .orElse(new Link(LinkState.UNKNOWN, null));
    }

    /**
     * Records the answer given through a one-time link, and closes the link, in one transaction.
     *
     * @return the state the link was in: only {@link LinkState#OPEN} means the answer was recorded
     */
    @Transactional
    public LinkState answer(String token, int nps, Integer csat, String comment) {
        Link link = link(token);
        if (link.state() != LinkState.OPEN) {
            return link.state();
        }
        SurveyVisit visit = find(token).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        int closed = em.createQuery(
                        "update SurveyVisit v set v.answeredAt = :now where v.id = :id and v.answeredAt is null")
                .setParameter("now", now)
                .setParameter("id", visit.getId())
                .executeUpdate();
        if (closed == 0) {
            return LinkState.ANSWERED;
        }
        // the response counts at the visit, which the invitation followed
        responses.record(List.of(new CustomerResponse(
                visit.getUnit(),
                now,
                visit.getVisitedAt().isAfter(now) ? now : visit.getVisitedAt(),
                nps,
                csat,
                comment,
                Channel.VISIT,
                Source.SURVEY,
                "visit-" + visit.getId())));
        return LinkState.OPEN;
    }

    private Optional<SurveyVisit> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("SurveyVisit.byToken", SurveyVisit.class)
                .setParameter("hash", ApiKeys.hash(token.strip()))
                .getResultStream()
                .findFirst();
    }

    /** Per unit id that has visits: where its invitations stand. */
    public Map<Long, InvitationTally> counts() {
        Map<Long, InvitationTally> counts = new TreeMap<>();
        List<Object[]> rows = em.createQuery(
                        "select v.unit.id,"
                                + " sum(case when v.sentAt is null and v.email is not null and v.expiresAt >= :now"
                                + " then 1 else 0 end),"
                                + " sum(case when v.sentAt is not null then 1 else 0 end),"
                                + " sum(case when v.answeredAt is not null then 1 else 0 end), count(v)"
                                + " from SurveyVisit v group by v.unit.id",
                        Object[].class)
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList();
        for (Object[] row : rows) {
            counts.put(
                    (Long) row[0],
                    InvitationTally.of(
                            ((Number) row[4]).longValue(),
                            ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(),
                            ((Number) row[3]).longValue()));
        }
        return counts;
    }

    /** Most visits one file may register. */
    public static final int MAX_FILE_ROWS = 50_000;

    /**
     * The visits in a CSV or XLSX file whose columns are named (in Finnish, Swedish or English) unit, visit time, email,
     * and optionally language and visit id.
     *
     * @throws ImportFile.Unreadable if the file is unreadable, lacks a column or has too many rows
     */
    public static List<Visit> readVisits(java.nio.file.Path path) throws java.io.IOException {
        ImportFile file = ImportFile.open(path);
        List<String> headers = file.headers();
        int unit = ImportMapping.Field.UNIT.column(headers);
        int time = ImportMapping.column(
                headers,
                List.of(
                        "visitedat",
                        "visittime",
                        "time",
                        "date",
                        "aika",
                        "kayntiaika",
                        "paivamaara",
                        "asiointiaika",
                        "tidpunkt",
                        "besok"));
        int email = ImportMapping.column(headers, List.of("email", "emailaddress", "sahkoposti", "epost", "mail"));
        int language = ImportMapping.column(headers, List.of("language", "kieli", "sprak", "lang"));
        int id = ImportMapping.column(headers, List.of("visitid", "id", "tunnus", "kayntitunnus"));
        if (unit < 0 || time < 0 || email < 0) {
            throw new ImportFile.Unreadable("visitColumns", null);
        }
        List<Visit> visits = new ArrayList<>();
        boolean[] tooMany = {false};
        file.read(
                (row, cells) -> {
                    if (visits.size() == MAX_FILE_ROWS) {
                        tooMany[0] = true;
                        return false;
                    }
                    visits.add(new Visit(
                            cell(cells, unit),
                            ImportRowParser.parseDate(cell(cells, time)).orElse(null),
                            cell(cells, email),
                            cell(cells, language),
                            cell(cells, id)));
                    return true;
                },
                f -> {});
        if (tooMany[0]) {
            throw new ImportFile.Unreadable("tooManyVisits", null);
        }
        return visits;
    }

    private static String cell(List<String> cells, int column) {
        return column < 0 || column >= cells.size() ? null : cells.get(column);
    }

    /** Sets how long after a visit a unit's customers are invited; a change is written to the audit log. */
    @Transactional
    public void setDelay(Long unitId, int minutes) {
        Unit unit = units.find(unitId).orElseThrow();
        int before = unit.getInvitationDelayMinutes();
        unit.setInvitationDelayMinutes(minutes);
        if (before != unit.getInvitationDelayMinutes()) {
            audit.record(
                    AuditAction.INVITATION_DELAY_CHANGED,
                    AuditTarget.unit(unit.getId(), unit.getName()),
                    before + " → " + unit.getInvitationDelayMinutes() + " min");
        }
    }
}
