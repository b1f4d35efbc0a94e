package fi.kohtaamo.survey.control;

import fi.kohtaamo.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * When a customer opened the survey page, carried by the page's form instead of a session: the time and a signature
 * (HMAC-SHA256) that only the server can make, so that {@link SubmissionGuard} can tell an answer sent faster than a
 * person reads from one that took its time, without the server keeping anything per visitor. The key is made at
 * random the first time it is needed and kept as a setting, so every node of a cluster signs and checks alike.
 *
 * <pre>{@code
 * String stamp = stamps.issue();              // rendered into the form
 * Optional<Instant> opened = stamps.opened(stamp);  // empty when forged or garbled
 * }</pre>
 */
@ApplicationScoped
public class SurveyStamps {

    static final String KEY_SETTING = "survey.stampKey";
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private volatile byte[] key;

    public SurveyStamps() {}

    /** With a key of its own, for tests without a database. */
    SurveyStamps(byte[] key, Clock clock) {
        this.key = key.clone();
        this.clock = clock;
    }

    /** A stamp of this moment, for the page being rendered. */
    public String issue() {
        String time = String.valueOf(clock.millis());
        return time + "." + sign(time);
    }

    /** The moment a stamp was issued, or empty when it is not one of ours (changed, made up, or garbled). */
    public Optional<Instant> opened(String stamp) {
        if (stamp == null) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String time = stamp.substring(0, dot);
        byte[] expected = sign(time).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(time)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) {
            key = Base64.getDecoder().decode(settings.text(KEY_SETTING).orElseGet(this::makeKey));
        }
        return key;
    }

    /** Makes the key, unless another node made it at the same moment (then that one is used). */
    private String makeKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            settings.setIfAbsent(KEY_SETTING, Base64.getEncoder().encodeToString(random));
        } catch (RuntimeException madeByAnotherNode) {
            // The other node's insert won; its key is read below.
        }
        return settings.text(KEY_SETTING).orElseThrow();
    }
}
