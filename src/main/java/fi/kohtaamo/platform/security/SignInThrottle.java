package fi.kohtaamo.platform.security;

import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Locks a username out for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} failed sign-ins in a row. It counts
 * usernames whether or not they exist, so a lock-out reveals nothing. Kept in the database, so every node of a
 * cluster sees the same count. An administrator can lift a lock-out from the person's page ({@link #unlock}).
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** How the end of a lock-out is shown: a 24-hour clock, whatever the language, in the reader's time zone
     * ({@link fi.kohtaamo.platform.i18n.ReaderZone}). */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Until when the username is locked out, if it is now, in the organisation's time zone. */
    @Transactional
    public Optional<ZonedDateTime> lockedUntil(String username) {
        SignInAttempt attempt = em.find(SignInAttempt.class, key(username));
        LocalDateTime now = LocalDateTime.now(clock);
        return attempt != null && attempt.lockedAt(now)
                ? Optional.of(shown(attempt.getLockedUntil()))
                : Optional.empty();
    }

    /**
     * Lifts a lock-out, so that the person may sign in again at once, and writes it to the audit log; nothing happens
     * when the username is not locked out.
     *
     * @return whether it was locked out
     */
    @Transactional
    public boolean unlock(String username, AuditTarget person) {
        SignInAttempt attempt = em.find(SignInAttempt.class, key(username), LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || !attempt.lockedAt(LocalDateTime.now(clock))) {
            return false;
        }
        em.remove(attempt);
        audit.record(AuditAction.ACCOUNT_UNLOCKED, person, null);
        return true;
    }

    /** A moment as this class keeps it (the clock's own zone) in the organisation's time zone. */
    private ZonedDateTime shown(LocalDateTime at) {
        return at.atZone(clock.getZone()).withZoneSameInstant(OrganisationZone.ZONE);
    }

    /** Records a failure and returns the lock-out it caused, if this failure was the last one allowed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ZonedDateTime> recordFailure(String username) {
        String key = key(username);
        SignInAttempt attempt = em.find(SignInAttempt.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            attempt = new SignInAttempt(key);
            em.persist(attempt);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        attempt.fail(now, MAX_FAILURES, LOCK_DURATION);
        return attempt.lockedAt(now) ? Optional.of(shown(attempt.getLockedUntil())) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String username) {
        SignInAttempt attempt = em.find(SignInAttempt.class, key(username));
        if (attempt != null) {
            em.remove(attempt);
        }
    }

    /** Forgets the username's failed sign-ins, as erasing a person does, in the caller's transaction. */
    @Transactional
    public void forget(String username) {
        SignInAttempt attempt = em.find(SignInAttempt.class, key(username));
        if (attempt != null) {
            em.remove(attempt);
        }
    }

    private static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase();
        return key.length() > 80 ? key.substring(0, 80) : key;
    }
}
