package fi.kohtaamo.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The language a page is shown in. A choice made with the language switch wins (kept in a cookie for a year, and saved
 * as the signed-in person's preferred language, which mails to them use); then the first supported language the
 * browser asks for; then the person's preferred language; then English.
 */
@Named
@RequestScoped
public class Language {

    public static final List<String> SUPPORTED = List.of("fi", "sv", "en");
    public static final String BUNDLE = "fi.kohtaamo.i18n.messages";
    static final String COOKIE = "kohtaamo-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    FacesContext faces;

    @Inject
    ReaderChoices choices;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = formatting(chosenTag());
        }
        return locale;
    }

    /** Swedish as written in Finland: Finnish conventions for numbers and the region, day-month-year dates. */
    static final Locale FINLAND_SWEDISH = Locale.forLanguageTag("sv-FI");

    /**
     * The locale a page or a mail in this language is written in: English follows British conventions (day-month-year,
     * a 24-hour clock), as Finnish and Swedish readers expect, never American ones; Swedish is Finland-Swedish
     * ({@code sv-FI}: "3 dec. 2026 14:05"), whose message bundle is the Swedish one.
     */
    public static Locale formatting(String tag) {
        return switch (tag) {
            case "en" -> Locale.UK;
            case "sv" -> FINLAND_SWEDISH;
            default -> Locale.forLanguageTag(tag);
        };
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    /** Switches to a supported language, remembers it, and shows the same page again in it. */
    public String switchTo(String tag) {
        if (!SUPPORTED.contains(tag)) {
            return null;
        }
        faces.getExternalContext()
                .addResponseCookie(
                        COOKIE,
                        tag,
                        Map.of(
                                "maxAge",
                                ONE_YEAR,
                                "path",
                                "/",
                                "httpOnly",
                                true,
                                "SameSite",
                                "Lax",
                                "secure",
                                faces.getExternalContext().isSecure()));
        choices.chooseLanguage(tag);
        locale = formatting(tag);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** A text from the message bundle in the page's language, with {@link MessageFormat} arguments filled in. */
    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, getLocale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, getLocale()).format(arguments);
    }

    private String chosenTag() {
        Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
        List<Locale> requested = new ArrayList<>();
        faces.getExternalContext().getRequestLocales().forEachRemaining(requested::add);
        return choose(
                cookie instanceof jakarta.servlet.http.Cookie c ? c.getValue() : null, requested, choices.language());
    }

    /**
     * The language a page is shown in: the switch's choice (the cookie), else the first supported language the browser
     * asks for ({@code sv-FI} asks for Swedish), else the person's preferred language, else English.
     */
    static String choose(String switched, List<Locale> requested, Optional<String> preferred) {
        if (switched != null && SUPPORTED.contains(switched)) {
            return switched;
        }
        return requested.stream()
                .map(Locale::getLanguage)
                .filter(SUPPORTED::contains)
                .findFirst()
                .orElseGet(() -> preferred.filter(SUPPORTED::contains).orElse("en"));
    }
}
