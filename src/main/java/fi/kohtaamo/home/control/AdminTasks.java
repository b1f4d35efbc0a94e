package fi.kohtaamo.home.control;

import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.security.SignInThrottle;
import fi.kohtaamo.survey.entity.SurveyImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an administrator has to see to: mail the outbox fails to deliver, imports that failed, people without a
 * working unit, people who have left but are still named a unit's supervisor, and accounts locked out after too many
 * failed sign-ins ({@link SignInThrottle}), which the administrator may {@link #unlock}.
 */
@ApplicationScoped
public class AdminTasks {

    /** How far back failed imports are shown: older ones have been dealt with or forgotten. */
    public static final int FAILED_IMPORT_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInThrottle throttle;

    @Inject
    People people;

    @Inject
    Clock clock;

    /**
     * Unsent mail whose delivery has failed at least once.
     *
     * @param oldest when the oldest of them was queued (organisation wall time), null when there are none
     * @param lastError the oldest one's latest error, null when there are none
     */
    public record FailingMail(long count, LocalDateTime oldest, String lastError) implements Serializable {}

    /** A person locked out, and until when (organisation wall time). */
    public record LockedAccount(Person person, LocalDateTime until) implements Serializable {}

    public FailingMail failingMail() {
        List<Object[]> oldest = em.createQuery(
                        "select m.createdAt, m.lastError from OutboxMail m where m.sentAt is null and m.attempts > 0"
                                + " order by m.createdAt, m.id",
                        Object[].class)
                .setMaxResults(1)
                .getResultList();
        if (oldest.isEmpty()) {
            return new FailingMail(0, null, null);
        }
        long count = em.createQuery(
                        "select count(m) from OutboxMail m where m.sentAt is null and m.attempts > 0", Long.class)
                .getSingleResult();
        return new FailingMail(count, (LocalDateTime) oldest.get(0)[0], (String) oldest.get(0)[1]);
    }

    /** Imports that failed in the last {@link #FAILED_IMPORT_DAYS} days, newest first. */
    public List<SurveyImport> failedImports() {
        return em.createQuery(
                        "select i from SurveyImport i where i.status = :failed and i.createdAt >= :since"
                                + " order by i.createdAt desc",
                        SurveyImport.class)
                .setParameter("failed", SurveyImport.Status.FAILED)
                .setParameter("since", LocalDateTime.now(clock).minusDays(FAILED_IMPORT_DAYS))
                .getResultList();
    }

    /** Active people with no unit, or whose unit has been closed. */
    public List<Person> peopleWithoutUnit() {
        return em.createQuery(
                        "select p from Person p left join p.unit u where p.active = true"
                                + " and (u is null or u.active = false) order by p.lastName, p.firstName",
                        Person.class)
                .getResultList();
    }

    /** People who have been deactivated but are still named the supervisor of a unit. */
    public List<Person> inactiveSupervisors() {
        return em.createQuery(
                        "select distinct p from Person p join p.supervisedUnits u where p.active = false", Person.class)
                .getResultList();
    }

    /** People whose username is locked out now, soonest free first. Locked usernames nobody has are left out. */
    public List<LockedAccount> lockedAccounts() {
        List<String> usernames = em.createQuery(
                        "select a.username from SignInAttempt a where a.lockedUntil > :now", String.class)
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList();
        return usernames.stream()
                .flatMap(username -> people.findByUsername(username).stream())
                .flatMap(person -> throttle.lockedUntil(person.getUsername()).stream()
                        .map(until -> new LockedAccount(person, until.toLocalDateTime())))
                .sorted(Comparator.comparing(LockedAccount::until))
                .toList();
    }

    /**
     * Lets a locked-out person sign in again at once, written to the audit log ({@link SignInThrottle#unlock}).
     *
     * @return the person, when they were locked out
     */
    public Optional<Person> unlock(Long personId) {
        return people.find(personId).filter(person -> throttle.unlock(person.getUsername(), People.target(person)));
    }
}
