package fi.kohtaamo.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with PBKDF2 (HMAC-SHA256, a random 32-byte salt per password). The stored string
 * carries its own algorithm, iterations and salt, so raising the work factor later keeps old hashes valid. What a new
 * password must be is {@link PasswordPolicy}'s business.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has, checked for unknown usernames so they take as long as known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-nobody-has".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** Checks a password against a stored hash; a missing hash never matches but costs the same time. */
    public boolean matches(String password, String storedHash) {
        boolean ok = pbkdf2.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
        return ok && storedHash != null;
    }
}
