package fi.kohtaamo.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Consecutive failed sign-ins for one username, and until when that username is locked out. */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    @Id
    private String username;

    private int failures;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected SignInAttempt() {}

    SignInAttempt(String username) {
        this.username = username;
    }

    /** Counts one more failure; the {@code limit}-th in a row locks the username until {@code now + lockFor}. */
    void fail(LocalDateTime now, int limit, java.time.Duration lockFor) {
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(lockFor);
            failures = 0;
        }
    }

    boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
