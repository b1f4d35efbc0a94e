package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** Workshop mails in the recipient's preferred language, from the message bundles. */
final class MailTexts {

    private MailTexts() {}

    static String subject(String key, String language, String title) {
        return text(key + ".subject", language, title);
    }

    static String body(
            String key,
            String language,
            Person invitee,
            String title,
            WorkshopSession session,
            String where,
            String summary) {
        Locale locale = Language.formatting(language);
        String when = session.getStartsAt()
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale));
        return text(
                key + ".body",
                language,
                invitee.getFirstName(),
                title,
                when,
                session.getMinutes(),
                where == null ? "–" : where,
                summary,
                session.getRunBy());
    }

    static String text(String key, String language, Object... arguments) {
        Locale locale = Language.formatting(language);
        String pattern = ResourceBundle.getBundle(Language.BUNDLE, locale).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
