package fi.kohtaamo.platform.api;

import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.web.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creating, finding and revoking API keys, and admitting a call that carries one. A key is 32 random bytes; only its
 * SHA-256 hash is stored. Creating and revoking a key are written to the audit log. Every API resource, whatever
 * feature it belongs to, lets a call in through {@link #admit}: an active key of the resource's {@link ApiKey.Purpose}
 * in {@code Authorization: Bearer <key>} (the scheme's name in any case, RFC 9110), at most {@link #CALLS_PER_MINUTE}
 * calls a minute per key.
 */
@ApplicationScoped
public class ApiKeys {

    /** Calls a key may make in a minute before it is told to wait. */
    public static final int CALLS_PER_MINUTE = 120;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code Bearer}, in any case, then the key (RFC 9110: the scheme is case-insensitive, then one or more spaces). */
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+) *");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private final Map<Long, Deque<Instant>> calls = new ConcurrentHashMap<>();

    /** A new key and the only copy of its secret. */
    public record Created(ApiKey key, String secret) {}

    /** A key that sends customer responses for these units. */
    @Transactional
    public Created create(String name, Set<Long> unitIds, Long createdBy) {
        if (unitIds.isEmpty()) {
            throw new IllegalArgumentException("A key needs a name and at least one unit");
        }
        return create(ApiKey.Purpose.RESPONSES, name, unitIds, createdBy);
    }

    /** A key of any purpose; one for responses is scoped to units, one for the people import to none. */
    @Transactional
    public Created create(ApiKey.Purpose purpose, String name, Set<Long> unitIds, Long createdBy) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A key needs a name and at least one unit");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "kh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey(purpose, name.strip(), hash(secret), secret.substring(0, 10), unitIds, createdBy);
        em.persist(key);
        audit.record(AuditAction.API_KEY_CREATED, AuditTarget.of("api_key", key.getId(), key.getName()), null);
        return new Created(key, secret);
    }

    /** The active key with this secret, if any, whatever its purpose. */
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

    /**
     * The caller's key, if the {@code Authorization} header carries an active key of this purpose and the key has
     * calls left this minute.
     *
     * @throws WebApplicationException with a 401 (no such key, or one for another purpose) or 429 problem response
     */
    public ApiKey admit(String authorization, ApiKey.Purpose purpose) {
        Optional<ApiKey> key = Optional.ofNullable(authorization)
                .map(BEARER::matcher)
                .filter(Matcher::matches)
                .flatMap(m -> authenticate(m.group(1)))
                .filter(k -> k.getPurpose() == purpose);
        if (key.isEmpty()) {
            throw new WebApplicationException(ApiProblem.of(
                            401, "Not authenticated", "Send a valid API key as 'Authorization: Bearer <key>'.", null)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build());
        }
        if (!withinRate(key.get().getId())) {
            throw new WebApplicationException(ApiProblem.of(
                            429, "Too many requests", "At most " + CALLS_PER_MINUTE + " calls a minute per key.", null)
                    .header("Retry-After", "60")
                    .build());
        }
        return key.get();
    }

    private boolean withinRate(Long keyId) {
        Instant now = Instant.now(clock);
        Deque<Instant> recent = calls.computeIfAbsent(keyId, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(Duration.ofMinutes(1)))) {
                recent.pollFirst();
            }
            if (recent.size() >= CALLS_PER_MINUTE) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }

    @Transactional
    public void revoke(Long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key != null) {
            key.revoke();
            audit.record(AuditAction.API_KEY_REVOKED, AuditTarget.of("api_key", key.getId(), key.getName()), null);
        }
    }

    /** The keys of this purpose, newest first. */
    public List<ApiKey> all(ApiKey.Purpose purpose) {
        return em.createNamedQuery("ApiKey.all", ApiKey.class)
                .setParameter("purpose", purpose)
                .getResultList();
    }

    /** The keys that send customer responses, newest first. */
    public List<ApiKey> all() {
        return all(ApiKey.Purpose.RESPONSES);
    }

    /** The SHA-256 of a secret, in hex: how keys (and survey invitation tokens) are stored. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
