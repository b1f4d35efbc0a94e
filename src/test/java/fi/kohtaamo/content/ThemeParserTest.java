package fi.kohtaamo.content;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ThemeParser;
import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.Theme;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The comment themes' vocabulary: the real {@code content/themes.json} is valid with exactly the ten themes, named in
 * every language, and each kind of broken vocabulary is reported with a message that says what to fix.
 */
class ThemeParserTest {

    private static final Map<String, String> REAL = ContentFiles.read(Path.of("content"));

    @Test
    void theVocabularyInContentHoldsTheTenThemesInEveryLanguage() {
        ThemeParser.Result result = ThemeParser.parse(REAL);

        assertThat(result.problems()).isEmpty();
        assertThat(result.vocabulary().themes().keySet()).containsExactly(Theme.values());
        assertThat(result.vocabulary().themes().values()).allSatisfy(entry -> {
            assertThat(entry.name().in("fi")).isNotEqualTo(entry.name().in("en"));
            assertThat(entry.name().in("sv")).isNotEqualTo(entry.name().in("fi"));
            assertThat(entry.cues()).containsOnlyKeys("fi", "sv", "en");
        });
        assertThat(result.vocabulary().lexicons()).containsOnlyKeys("fi", "sv", "en");
    }

    @Test
    void aMissingThemeIsNamed() {
        assertProblem(
                REAL.get("themes.json").replace("\"id\": \"facilities\"", "\"id\": \"premises\""),
                "themes[10]: unknown theme \"premises\": use one of [waiting, friendliness, expertise, bounced,"
                        + " promises, communication, systems, workload, processes, facilities]");
    }

    @Test
    void aThemeListedTwiceIsNamedAndSoIsTheOneItLeftOut() {
        Map<String, String> files = new HashMap<>(REAL);
        files.put("themes.json", REAL.get("themes.json").replace("\"id\": \"facilities\"", "\"id\": \"waiting\""));

        assertThat(ThemeParser.parse(files).problems())
                .containsExactly(
                        new ContentProblem("themes.json", 0, "themes[10]: theme \"waiting\" is listed twice"),
                        new ContentProblem(
                                "themes.json",
                                0,
                                "theme \"facilities\" is missing: the vocabulary has exactly " + Theme.ids()));
    }

    @Test
    void aMissingSwedishNameIsNamed() {
        assertProblem(
                REAL.get("themes.json").replace("\"sv\": \"Väntan\", ", ""),
                "missing language sv in themes.waiting.name");
    }

    @Test
    void aCueThatIsNoWordIsNamed() {
        assertProblem(
                REAL.get("themes.json").replace("\"-jono\"", "\"-jono?\""),
                "themes.waiting.cues.fi: \"-jono?\" is not a cue: write words of letters, optionally after + (praise)"
                        + " or - (complaint) and before ! (whole word)");
    }

    @Test
    void aCueListedTwiceIsNamed() {
        assertProblem(
                REAL.get("themes.json").replace("\"-jonotus\"", "\"jono\""),
                "themes.waiting.cues.fi: \"jono\" is listed twice");
    }

    @Test
    void invalidJsonIsNamedWithItsLine() {
        ThemeParser.Result result = ThemeParser.parse(Map.of("themes.json", "{\n  \"themes\": [\n  oops\n}"));

        assertThat(result.vocabulary()).isNull();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("themes.json");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("invalid JSON");
        });
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(ThemeParser.parse(Map.of()).problems())
                .containsExactly(new ContentProblem("themes.json", 0, "the file is missing"));
    }

    private static void assertProblem(String broken, String message) {
        Map<String, String> files = new HashMap<>(REAL);
        files.put("themes.json", broken);
        ThemeParser.Result result = ThemeParser.parse(files);
        assertThat(result.vocabulary()).isNull();
        assertThat(result.problems()).containsExactly(new ContentProblem("themes.json", 0, message));
    }
}
