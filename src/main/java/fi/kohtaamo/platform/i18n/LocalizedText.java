package fi.kohtaamo.platform.i18n;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import lombok.EqualsAndHashCode;

/**
 * A text written in Finnish, Swedish and English, such as a module's title, and the choice of which one a reader sees.
 * {@link #in(Locale)} gives the text in the reader's language; where that is missing, the English one; where that is
 * missing too, the Finnish one, then the Swedish one; and an empty text when none is written. A blank text counts as
 * missing. So a Swedish reader sees English until a Swedish text is written, and a reader of any other language sees
 * English.
 *
 * <p>An entity keeps it in its own table, one column per language; {@link LocalizedHeading} does so for a title and a
 * summary.
 */
@Embeddable
@EqualsAndHashCode
public class LocalizedText implements Serializable {

    private String fi;
    private String sv;
    private String en;

    protected LocalizedText() {}

    /** A text in each language; {@code null} (or blank) where it is not written. */
    public LocalizedText(String fi, String sv, String en) {
        this.fi = fi;
        this.sv = sv;
        this.en = en;
    }

    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    /** The text for a reader of the given language tag ({@code "fi"}, {@code "sv"}, {@code "en"}). */
    public String in(String language) {
        return Stream.of(language, "en", "fi", "sv")
                .map(this::written)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse("");
    }

    private String written(String language) {
        String text = switch (language) {
            case "fi" -> fi;
            case "sv" -> sv;
            case "en" -> en;
            default -> null;
        };
        return text == null || text.isBlank() ? null : text;
    }
}
