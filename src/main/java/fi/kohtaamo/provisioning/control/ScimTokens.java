package fi.kohtaamo.provisioning.control;

import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.provisioning.entity.ScimToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Creating, checking and revoking the bearer tokens identity providers provision with, the way the survey API's keys
 * are kept: 32 random bytes, of which only the SHA-256 hash is stored. Creating and revoking are audited.
 */
@ApplicationScoped
public class ScimTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A new token and the only copy of its secret. */
    public record Created(ScimToken token, String secret) {}

    /**
     * @throws IllegalArgumentException if the name is blank or longer than 120 characters
     */
    @Transactional
    public Created create(String name, Long createdBy) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new IllegalArgumentException("A token needs a name of at most 120 characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "ks_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ScimToken token = new ScimToken(name.strip(), hash(secret), secret.substring(0, 10), createdBy);
        em.persist(token);
        audit.record(AuditAction.SCIM_TOKEN_CREATED, target(token), null);
        return new Created(token, secret);
    }

    /** The active token with this secret, if any; its last use is noted to the minute. */
    @Transactional
    public Optional<ScimToken> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<ScimToken> token = em.createNamedQuery("ScimToken.byHash", ScimToken.class)
                .setParameter("hash", hash(secret.strip()))
                .getResultStream()
                .filter(ScimToken::isActive)
                .findFirst();
        token.ifPresent(t -> t.used(LocalDateTime.now(clock)));
        return token;
    }

    @Transactional
    public void revoke(Long tokenId) {
        ScimToken token = em.find(ScimToken.class, tokenId);
        if (token != null && token.isActive()) {
            token.revoke();
            audit.record(AuditAction.SCIM_TOKEN_REVOKED, target(token), null);
        }
    }

    public List<ScimToken> all() {
        return em.createNamedQuery("ScimToken.all", ScimToken.class).getResultList();
    }

    private static AuditTarget target(ScimToken token) {
        return AuditTarget.of("scim_token", token.getId(), token.getName());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
