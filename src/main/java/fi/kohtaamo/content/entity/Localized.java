package fi.kohtaamo.content.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A text in each content language. Content is always written in both {@link #LANGUAGES}. */
public record Localized(Map<String, String> texts) {

    public static final List<String> LANGUAGES = List.of("fi", "en");

    /** The text in the given locale's language, or in English when there is none. */
    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    public String in(String language) {
        return texts.getOrDefault(language, texts.get("en"));
    }
}
