package fi.kohtaamo.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters (a passphrase of a few words is the easiest
 * way), at most {@link #MAX_LENGTH}, not a common password (the shipped {@code common-passwords.txt}, also with digits
 * or punctuation around it, as in "Salasana2024!"), not one character or a short pattern repeated, and not containing
 * the username or a part of it.
 *
 * <pre>{@code
 * PasswordPolicy.check(newPassword, "eetu.laaksonen")
 *         .ifPresent(problem -> error("password." + problem.key()));
 * }</pre>
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Longer is not safer in practice and only costs hashing time. */
    public static final int MAX_LENGTH = 128;

    /** Parts of a username shorter than this ("li" in "li.wang") may appear in a password. */
    private static final int NAME_PART_MIN = 4;

    /** Why a password is refused; {@link #key()} names the message {@code password.<key>}. */
    public enum Problem {
        TOO_SHORT("tooShort"),
        TOO_LONG("tooLong"),
        COMMON("common"),
        CONTAINS_NAME("containsName");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /**
     * Checks a new password.
     *
     * @param username the username of the person it is for, or null if not known yet
     * @return the first problem found, or empty if the password may be used
     */
    public static Optional<Problem> check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String normal = normalise(password);
        if (COMMON.contains(normal) || COMMON.contains(core(normal)) || simple(normal)) {
            return Optional.of(Problem.COMMON);
        }
        if (username != null && containsName(normal, normalise(username))) {
            return Optional.of(Problem.CONTAINS_NAME);
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The password without digits, punctuation and spaces before and after it. */
    static String core(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    /** Few different characters ("aaaaaaaaaaaa", "abababababab") or one piece repeated ("salasanasalasana"). */
    static boolean simple(String password) {
        if (password.chars().distinct().count() < 5) {
            return true;
        }
        int length = password.length();
        for (int period = 1; period <= length / 2; period++) {
            if (length % period == 0 && password.substring(period).equals(password.substring(0, length - period))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsName(String password, String username) {
        if (username.isBlank()) {
            return false;
        }
        if (password.contains(username)) {
            return true;
        }
        for (String part : username.split("[^\\p{L}\\p{N}]+")) {
            if (part.length() >= NAME_PART_MIN && password.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(normalise(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
