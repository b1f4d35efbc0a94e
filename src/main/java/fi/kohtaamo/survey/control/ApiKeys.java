package fi.kohtaamo.survey.control;

import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.survey.entity.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creating, finding and revoking API keys. A key is 32 random bytes; only its SHA-256 hash is stored. Creating and
 * revoking a key are written to the audit log.
 */
@ApplicationScoped
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** A new key and the only copy of its secret. */
    public record Created(ApiKey key, String secret) {}

    @Transactional
    public Created create(String name, Set<Long> unitIds, Long createdBy) {
        if (name == null || name.isBlank() || unitIds.isEmpty()) {
            throw new IllegalArgumentException("A key needs a name and at least one unit");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "kh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey(name.strip(), hash(secret), secret.substring(0, 10), unitIds, createdBy);
        em.persist(key);
        audit.record(AuditAction.API_KEY_CREATED, AuditTarget.of("api_key", key.getId(), key.getName()), null);
        return new Created(key, secret);
    }

    /** The active key with this secret, if any. */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiKey.byHash", ApiKey.class)
                .setParameter("hash", hash(secret.strip()))
                .getResultStream()
                .filter(ApiKey::isActive)
                .findFirst();
    }

    @Transactional
    public void revoke(Long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key != null) {
            key.revoke();
            audit.record(AuditAction.API_KEY_REVOKED, AuditTarget.of("api_key", key.getId(), key.getName()), null);
        }
    }

    public List<ApiKey> all() {
        return em.createNamedQuery("ApiKey.all", ApiKey.class).getResultList();
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
