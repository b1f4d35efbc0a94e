package fi.kohtaamo.workshop.control;

import fi.kohtaamo.notification.control.Outbox;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.platform.web.PublicAddress;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopReaction;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one question asked after a workshop (Kirkpatrick level 1, as the rating after a module): "how useful was this
 * workshop for your work?", 1–5 with an optional comment. Each attendee is asked once their attendance is recorded,
 * by mail (through the outbox, in their language) and on their home page until they answer or dismiss it; the answer
 * can be changed until the question closes {@value #CLOSE_DAYS} days after the session. One answer per person and
 * session. The figures (n, mean, distribution) are shown only when at least the pulse's anonymity threshold of
 * attendees have answered ({@link Pulses#threshold}), for a session and for a group of units alike.
 */
@ApplicationScoped
public class Reactions {

    public static final int CLOSE_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PublicAddress address;

    @Inject
    Pulses pulses;

    /**
     * What the answers to one session, or to the sessions of some units, add up to.
     *
     * @param shown whether at least {@code threshold} answered; otherwise nothing else may be shown
     * @param distribution how many answered 1, 2, 3, 4 and 5
     */
    public record Summary(boolean shown, int threshold, long n, double mean, List<Long> distribution) {

        static Summary of(Collection<Integer> scores, int threshold) {
            List<Long> counts = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
            scores.forEach(s -> counts.set(s - 1, counts.get(s - 1) + 1));
            boolean shown = scores.size() >= threshold;
            double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
            return shown
                    ? new Summary(true, threshold, scores.size(), mean, List.copyOf(counts))
                    : new Summary(false, threshold, 0, 0, List.of());
        }
    }

    /** The held sessions the person attended whose question is open and neither answered nor dismissed, newest first. */
    public List<WorkshopSession> pendingFor(Person person) {
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createQuery(
                        "select s from WorkshopSession s join s.invitees i where i.personId = :p"
                                + " and s.status = :held and s.startsAt > :since and s.startsAt <= :now"
                                + " and not exists (select r from WorkshopReaction r where r.sessionId = s.id"
                                + " and r.personId = :p) order by s.startsAt desc",
                        WorkshopSession.class)
                .setParameter("p", person.getId())
                .setParameter("held", SessionStatus.HELD)
                .setParameter("since", now.minusDays(CLOSE_DAYS))
                .setParameter("now", now)
                .getResultStream()
                // Attendance is read here: the platform compares a boolean literal as 1, which H2 refuses.
                .filter(s -> attended(s, person))
                .toList();
    }

    /**
     * A session whose question the person may answer: one they attended.
     *
     * @throws AccessDenied for anyone who did not attend it, and for an unknown id
     */
    public WorkshopSession askedOf(Person person, Long sessionId) {
        WorkshopSession session = sessionId == null ? null : em.find(WorkshopSession.class, sessionId);
        if (session == null || !attended(session, person)) {
            throw new AccessDenied("Session " + sessionId + " was not attended by " + person.getUsername());
        }
        return session;
    }

    /** Whether the question of the session may still be answered or the answer changed. */
    public boolean isOpen(WorkshopSession session) {
        return session.getStartsAt().plusDays(CLOSE_DAYS).isAfter(LocalDateTime.now(clock));
    }

    /** The day the question closes. */
    public LocalDateTime closesAt(WorkshopSession session) {
        return session.getStartsAt().plusDays(CLOSE_DAYS);
    }

    public Optional<WorkshopReaction> of(Person person, Long sessionId) {
        return em.createNamedQuery("WorkshopReaction.of", WorkshopReaction.class)
                .setParameter("session", sessionId)
                .setParameter("person", person.getId())
                .getResultStream()
                .findFirst();
    }

    /**
     * Records the person's answer, or changes the one they gave.
     *
     * @throws WorkshopProblem on {@code score} when it is missing or outside 1–5 or the question has closed, on
     *     {@code comment} when it is too long
     * @throws AccessDenied unless the person attended the session
     */
    @Transactional
    public WorkshopReaction answer(Person person, Long sessionId, Integer score, String comment) {
        WorkshopSession session = askedOf(person, sessionId);
        if (!isOpen(session)) {
            throw new WorkshopProblem("score", "reaction.closed");
        }
        if (score == null || score < WorkshopReaction.LOWEST || score > WorkshopReaction.HIGHEST) {
            throw new WorkshopProblem("score", "reaction.scoreRequired");
        }
        if (comment != null && comment.strip().length() > WorkshopReaction.COMMENT_MAX) {
            throw new WorkshopProblem("comment", "reaction.commentTooLong");
        }
        WorkshopReaction reaction = mine(person, sessionId);
        reaction.answer(score, comment, LocalDateTime.now(clock));
        return reaction;
    }

    /** Takes the question off the person's home page without an answer; an answer already given stays. */
    @Transactional
    public void dismiss(Person person, Long sessionId) {
        askedOf(person, sessionId);
        mine(person, sessionId).dismiss(LocalDateTime.now(clock));
    }

    /** The answers to one session, for whoever may see the session (the caller has checked). */
    public Summary summary(WorkshopSession session) {
        return Summary.of(
                em.createNamedQuery("WorkshopReaction.scores", Integer.class)
                        .setParameter("session", session.getId())
                        .getResultList(),
                pulses.threshold());
    }

    /** The answers to the sessions of these units, for a viewer whose oversight of them the caller has checked. */
    public Summary summaryOf(Collection<Long> units) {
        List<Integer> scores = units.isEmpty()
                ? List.of()
                : em.createQuery(
                                "select r.score from WorkshopReaction r, WorkshopSession s where s.id = r.sessionId"
                                        + " and r.score is not null and s.unit.id in :units",
                                Integer.class)
                        .setParameter("units", units)
                        .getResultList();
        return Summary.of(scores, pulses.threshold());
    }

    /** Asks a newly recorded attendee the question by mail, in the recording transaction, while it is open. */
    void ask(@Observes WorkshopAttended event) {
        WorkshopSession session = em.find(WorkshopSession.class, event.sessionId());
        Person person = em.find(Person.class, event.personId());
        if (session == null || person == null || !person.isActive() || !isOpen(session)) {
            return;
        }
        String language = person.getPreferredLanguage();
        String title = session.getGuide().getHeading().getTitle().in(language);
        String closes = closesAt(session)
                .toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Language.formatting(language)));
        outbox.queue(
                person.getEmail(),
                MailTexts.text("reaction.mail.subject", language, title),
                MailTexts.text(
                        "reaction.mail.body",
                        language,
                        person.getFirstName(),
                        title,
                        address.forMail() + "/workshop/reaction?session=" + session.getId(),
                        closes),
                null);
    }

    private WorkshopReaction mine(Person person, Long sessionId) {
        return of(person, sessionId).orElseGet(() -> {
            WorkshopReaction reaction = new WorkshopReaction(sessionId, person.getId());
            em.persist(reaction);
            return reaction;
        });
    }

    /** Whether the person attended the session: only attendees are asked. */
    static boolean attended(WorkshopSession session, Person person) {
        return session.getInvitees().stream()
                .filter(Invitee::isAttended)
                .anyMatch(i -> i.getPersonId().equals(person.getId()));
    }
}
