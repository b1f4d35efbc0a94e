package fi.kohtaamo.notification.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A reminder's subject and body in its recipient's preferred language: a greeting, what it is about, one line per
 * item, the link straight to the page where it is done, and why the mail was sent with how to turn reminders off. For
 * example:
 *
 * <pre>
 * ReminderMail mail = ReminderMail.to(learner, "reminder.overdue")
 *         .subject()
 *         .line(ReminderMail.text(language, "reminder.line.due", title, ReminderMail.date(language, due)))
 *         .link(reminders.link("/learning/my-learning"))
 *         .why("reminder.overdue.why")
 *         .build(reminders.link("/password"));
 * </pre>
 *
 * The keys {@code <kind>.subject} and {@code <kind>.intro} come from the message bundles.
 */
public record ReminderMail(String subject, String body) {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    /** Starts a mail of this kind (a key prefix such as {@code reminder.overdue}) to a person, in their language. */
    public static Builder to(Person recipient, String kind) {
        return new Builder(recipient, kind);
    }

    /** The locale of a language for dates: British conventions for English, Finland-Swedish for Swedish, as on the pages. */
    public static Locale locale(String language) {
        return Language.formatting(language);
    }

    /** A message of the bundles in this language, its arguments filled in. */
    public static String text(String language, String key, Object... arguments) {
        Locale locale = locale(language);
        String pattern = ResourceBundle.getBundle(Language.BUNDLE, Locale.forLanguageTag(language), NO_FALLBACK)
                .getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** A date as a reader of this language writes it ("3 Dec 2026", "3.12.2026"). */
    public static String date(String language, LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(language)));
    }

    /** Puts a reminder together; every part but the lines is required. */
    public static final class Builder {

        private final Person recipient;
        private final String kind;
        private final String language;
        private final List<String> lines = new ArrayList<>();
        private String subject;
        private String intro;
        private String link;
        private String why;

        private Builder(Person recipient, String kind) {
            this.recipient = recipient;
            this.kind = kind;
            this.language = recipient.getPreferredLanguage();
        }

        public String language() {
            return language;
        }

        public Builder subject(Object... arguments) {
            subject = text(language, kind + ".subject", arguments);
            return this;
        }

        public Builder intro(Object... arguments) {
            intro = text(language, kind + ".intro", arguments);
            return this;
        }

        /** One item of the mail, already in the recipient's language. */
        public Builder line(String line) {
            lines.add(line);
            return this;
        }

        /** The absolute address of the page where the recipient does what the mail is about. */
        public Builder link(String address) {
            link = address;
            return this;
        }

        /** Why the recipient gets the mail: a message key and its arguments. */
        public Builder why(String key, Object... arguments) {
            why = text(language, key, arguments);
            return this;
        }

        /** The mail, its last paragraph pointing to the settings page at {@code settingsLink}. */
        public ReminderMail build(String settingsLink) {
            if (subject == null || link == null || why == null) {
                throw new IllegalStateException("A reminder needs a subject, a link and a reason");
            }
            StringBuilder body = new StringBuilder()
                    .append(text(language, "reminder.greeting", recipient.getFirstName()))
                    .append("\n\n")
                    .append(intro == null ? text(language, kind + ".intro") : intro)
                    .append("\n\n");
            for (String line : lines) {
                body.append("- ").append(line).append('\n');
            }
            if (!lines.isEmpty()) {
                body.append('\n');
            }
            body.append(text(language, "reminder.open", link))
                    .append("\n\n")
                    .append(why)
                    .append(' ')
                    .append(text(language, "reminder.optOut", settingsLink))
                    .append('\n');
            return new ReminderMail(subject, body.toString());
        }
    }
}
