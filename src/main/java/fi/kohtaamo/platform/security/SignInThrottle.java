package fi.kohtaamo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Locks a username out for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} failed sign-ins in a row. It counts
 * usernames whether or not they exist, so a lock-out reveals nothing. Kept in the database, so every node of a
 * cluster sees the same count.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /** Until when the username is locked out, if it is now. */
    @Transactional
    public Optional<LocalDateTime> lockedUntil(String username) {
        SignInAttempt attempt = em.find(SignInAttempt.class, key(username));
        LocalDateTime now = LocalDateTime.now(clock);
        return attempt != null && attempt.lockedAt(now) ? Optional.of(attempt.getLockedUntil()) : Optional.empty();
    }

    /** Records a failure and returns the lock-out it caused, if this failure was the last one allowed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<LocalDateTime> recordFailure(String username) {
        String key = key(username);
        SignInAttempt attempt = em.find(SignInAttempt.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            attempt = new SignInAttempt(key);
            em.persist(attempt);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        attempt.fail(now, MAX_FAILURES, LOCK_DURATION);
        return attempt.lockedAt(now) ? Optional.of(attempt.getLockedUntil()) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String username) {
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
