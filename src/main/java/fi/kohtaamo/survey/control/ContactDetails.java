package fi.kohtaamo.survey.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The phone number or email a customer may leave on the survey page so that the unit can contact them: checked and
 * tidied here, so that a supervisor never gets an address nobody can use.
 *
 * <pre>
 * ContactDetails.check(" 040 123 4567 ")   // Optional.of("040 123 4567")
 * ContactDetails.check("call me")          // empty: the form says what it takes
 * </pre>
 */
public final class ContactDetails {

    /** The longest contact the form takes. */
    public static final int MAX = 200;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    /** A number that starts with +, a digit or a bracket, with spaces, hyphens and brackets between its 7 to 15 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()\\-]*[0-9]");

    private ContactDetails() {}

    /** The contact tidied (trimmed, inner runs of spaces as one), or empty unless it is an email or a phone number. */
    public static Optional<String> check(String contact) {
        if (contact == null) {
            return Optional.empty();
        }
        String tidy = contact.strip().replaceAll("\\s+", " ");
        if (tidy.length() > MAX) {
            return Optional.empty();
        }
        if (EMAIL.matcher(tidy).matches()) {
            return Optional.of(tidy);
        }
        if (PHONE.matcher(tidy).matches()) {
            long digits = tidy.chars().filter(Character::isDigit).count();
            return digits >= 7 && digits <= 15 ? Optional.of(tidy) : Optional.empty();
        }
        return Optional.empty();
    }
}
