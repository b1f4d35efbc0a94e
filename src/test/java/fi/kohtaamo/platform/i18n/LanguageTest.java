package fi.kohtaamo.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Which language a page is shown in, and how dates and numbers look in it. */
class LanguageTest {

    private static final LocalDateTime AFTERNOON = LocalDateTime.of(2026, 12, 3, 14, 5);

    @Test
    void finnishSwedishAndEnglishAreSupported() {
        assertThat(Language.SUPPORTED).containsExactly("fi", "sv", "en");
    }

    @Test
    void theSwitchWinsOverBrowserAndPerson() {
        assertThat(Language.choose("sv", List.of(Locale.forLanguageTag("fi-FI")), Optional.of("en")))
                .isEqualTo("sv");
    }

    @Test
    void aBrowserAskingForFinlandSwedishGetsSwedish() {
        List<Locale> asked = List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("sv-FI"), Locale.ENGLISH);

        assertThat(Language.choose(null, asked, Optional.of("fi"))).isEqualTo("sv");
    }

    @Test
    void aSwedishSpeakingPersonGetsSwedishWhenTheBrowserAsksForNoSupportedLanguage() {
        assertThat(Language.choose(null, List.of(Locale.GERMAN), Optional.of("sv")))
                .isEqualTo("sv");
    }

    @Test
    void anUnsupportedSwitchValueOrPreferenceFallsBackToEnglish() {
        assertThat(Language.choose("de", List.of(), Optional.of("et"))).isEqualTo("en");
    }

    @Test
    void swedishIsWrittenTheFinlandSwedishWayDayMonthYearAndA24HourClock() {
        Locale swedish = Language.formatting("sv");

        assertThat(swedish.getLanguage()).isEqualTo("sv");
        assertThat(swedish.getCountry()).isEqualTo("FI");
        assertThat(AFTERNOON.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(swedish)))
                .isEqualTo("3 dec. 2026 14:05");
        assertThat(LocalDate.of(2026, 12, 3)
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(swedish)))
                .isEqualTo("3 december 2026");
        assertThat(new MessageFormat("{0,number,#,##0.0}", swedish).format(new Object[] {1234.5}))
                .isEqualTo("1\u00a0234,5");
    }

    @Test
    void englishFollowsBritishConventionsAndFinnishItsOwn() {
        assertThat(AFTERNOON.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(Language.formatting("en"))))
                .isEqualTo("3 Dec 2026, 14:05");
        assertThat(AFTERNOON.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(Language.formatting("fi"))))
                .isEqualTo("3.12.2026 14.05");
    }

    @Test
    void theFinlandSwedishLocaleReadsTheSwedishBundle() {
        ResourceBundle texts = ResourceBundle.getBundle(Language.BUNDLE, Language.formatting("sv"));

        assertThat(texts.getString("nav.signOut")).isEqualTo("Logga ut");
        assertThat(texts.getString("form.save")).isEqualTo("Spara");
    }
}
