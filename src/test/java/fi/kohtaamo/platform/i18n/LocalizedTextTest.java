package fi.kohtaamo.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi-FI");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-FI");

    private final LocalizedText all = new LocalizedText("Kohtaaminen", "Mötet", "The encounter");

    @Test
    void eachReaderSeesTheTextInTheirLanguage() {
        assertThat(all.in(FINNISH)).isEqualTo("Kohtaaminen");
        assertThat(all.in(SWEDISH)).isEqualTo("Mötet");
        assertThat(all.in(Locale.UK)).isEqualTo("The encounter");
        assertThat(all.in("sv")).isEqualTo("Mötet");
    }

    @Test
    void aSwedishReaderSeesEnglishUntilASwedishTextIsWritten() {
        LocalizedText finnishAndEnglish = new LocalizedText("Kohtaaminen", null, "The encounter");

        assertThat(finnishAndEnglish.in(SWEDISH)).isEqualTo("The encounter");
        assertThat(finnishAndEnglish.in(FINNISH)).isEqualTo("Kohtaaminen");
    }

    @Test
    void whereEnglishIsMissingTooTheFinnishIsShownThenTheSwedish() {
        assertThat(new LocalizedText("Kohtaaminen", "Mötet", null).in(Locale.UK))
                .isEqualTo("Kohtaaminen");
        assertThat(new LocalizedText("Kohtaaminen", null, null).in(SWEDISH)).isEqualTo("Kohtaaminen");
        assertThat(new LocalizedText(null, "Mötet", null).in(FINNISH)).isEqualTo("Mötet");
        assertThat(new LocalizedText(null, null, "The encounter").in(FINNISH)).isEqualTo("The encounter");
    }

    @Test
    void aReaderOfAnotherLanguageSeesEnglish() {
        assertThat(all.in(Locale.GERMAN)).isEqualTo("The encounter");
        assertThat(new LocalizedText("Kohtaaminen", "Mötet", null).in(Locale.GERMAN))
                .isEqualTo("Kohtaaminen");
    }

    @Test
    void aBlankTextCountsAsMissing() {
        LocalizedText blanks = new LocalizedText(" ", "\t", "The encounter");

        assertThat(blanks.in(FINNISH)).isEqualTo("The encounter");
        assertThat(blanks.in(SWEDISH)).isEqualTo("The encounter");
        assertThat(new LocalizedText("", " ", " ").in(Locale.UK)).isEmpty();
        assertThat(new LocalizedText(null, null, null).in(FINNISH)).isEmpty();
    }

    @Test
    void textsAreEqualWhenEveryLanguageIs() {
        assertThat(new LocalizedText("Kohtaaminen", "Mötet", "The encounter"))
                .isEqualTo(all)
                .hasSameHashCodeAs(all);
        assertThat(new LocalizedText("Kohtaaminen", null, "The encounter")).isNotEqualTo(all);
    }
}
