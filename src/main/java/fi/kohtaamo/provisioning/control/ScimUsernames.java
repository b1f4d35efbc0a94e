package fi.kohtaamo.provisioning.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A Kohtaamo username (3–80 of a–z, 0–9, ".", "_" and "-") made of an identity provider's userName, which is often
 * an e-mail address or a UPN: the userName itself, lower case, when it is one; else its part before "@" with accents
 * dropped and other characters made dots.
 */
final class ScimUsernames {

    private ScimUsernames() {}

    static String of(String userName) {
        String lower = userName.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("[a-z0-9._-]{3,80}")) {
            return lower;
        }
        String local = lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower;
        String made = Normalizer.normalize(local, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9._-]+", ".")
                .replaceAll("^[.]+|[.]+$", "");
        if (made.length() > 76) {
            made = made.substring(0, 76);
        }
        while (made.length() < 3) {
            made = made + "x";
        }
        return made;
    }
}
