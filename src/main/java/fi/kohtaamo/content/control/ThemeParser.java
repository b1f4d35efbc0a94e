package fi.kohtaamo.content.control;

import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.content.entity.ThemeVocabulary;
import fi.kohtaamo.platform.i18n.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the comment themes' vocabulary, {@code themes.json} in the content folder (its format is in
 * {@code content/README.md}): exactly the ten themes of {@link Theme}, each named in Finnish, Swedish and English with
 * cues in every language, and the praise, complaint, negation and contrast words of each language. Every problem is
 * reported with the file and the place in it; the vocabulary is given only when there is none.
 *
 * <p>Usage: {@code ThemeParser.Result result = ThemeParser.parse(ContentFiles.packaged());}
 */
public final class ThemeParser {

    /** The vocabulary's file, relative to the content folder. */
    public static final String FILE = "themes.json";

    /** The languages every theme is named and cued in. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** A cue: an optional sentiment sign, words of letters (with inner hyphens or apostrophes), an optional "!". */
    private static final Pattern CUE = Pattern.compile("[+-]?\\p{L}+(['’-]\\p{L}+)*( \\p{L}+(['’-]\\p{L}+)*)*!?");

    /** What was read: the vocabulary (null while any problem remains), and every problem found. */
    public record Result(ThemeVocabulary vocabulary, List<ContentProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final List<ContentProblem> problems = new ArrayList<>();

    private ThemeParser() {}

    /** Parses the vocabulary from content files given as relative path to text (as {@link ContentFiles} reads). */
    public static Result parse(Map<String, String> files) {
        ThemeParser parser = new ThemeParser();
        ThemeVocabulary vocabulary = parser.vocabulary(files.get(FILE));
        return new Result(parser.problems.isEmpty() ? vocabulary : null, List.copyOf(parser.problems));
    }

    private void problem(int line, String message) {
        problems.add(new ContentProblem(FILE, line, message));
    }

    private ThemeVocabulary vocabulary(String text) {
        if (text == null) {
            problem(0, "the file is missing");
            return null;
        }
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problem(1, "the file must hold one JSON object { … }");
                return null;
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            problem((int) e.getLocation().getLineNumber(), "invalid JSON: " + e.getMessage());
            return null;
        }
        Map<Theme, ThemeVocabulary.Entry> themes = themes(root.get("themes"));
        Map<String, ThemeVocabulary.Lexicon> lexicons = lexicons(root.get("sentiment"));
        return new ThemeVocabulary(themes, lexicons);
    }

    private Map<Theme, ThemeVocabulary.Entry> themes(JsonValue value) {
        Map<Theme, ThemeVocabulary.Entry> themes = new EnumMap<>(Theme.class);
        if (!(value instanceof JsonArray array)) {
            problem(0, "\"themes\" must be a list of the ten themes " + Theme.ids());
            return themes;
        }
        for (int index = 0; index < array.size(); index++) {
            String where = "themes[" + (index + 1) + "]";
            if (!(array.get(index) instanceof JsonObject object)) {
                problem(0, where + " must be an object { … }");
                continue;
            }
            String id = object.get("id") instanceof JsonString s ? s.getString() : "";
            Theme theme;
            try {
                theme = Theme.of(id);
            } catch (IllegalArgumentException e) {
                problem(0, where + ": " + e.getMessage());
                continue;
            }
            if (themes.containsKey(theme)) {
                problem(0, where + ": theme \"" + id + "\" is listed twice");
                continue;
            }
            LocalizedText name = name(object.get("name"), "themes." + id + ".name");
            Map<String, List<ThemeVocabulary.Cue>> cues = new LinkedHashMap<>();
            JsonValue cueValue = object.get("cues");
            for (String language : LANGUAGES) {
                JsonValue list = cueValue instanceof JsonObject o ? o.get(language) : null;
                cues.put(language, cues(list, "themes." + id + ".cues." + language, true));
            }
            themes.put(theme, new ThemeVocabulary.Entry(theme, name, cues));
        }
        for (Theme theme : Theme.values()) {
            if (!themes.containsKey(theme)
                    && problems.stream().noneMatch(p -> p.message().contains(theme.id()))) {
                problem(0, "theme \"" + theme.id() + "\" is missing: the vocabulary has exactly " + Theme.ids());
            }
        }
        return themes;
    }

    private LocalizedText name(JsonValue value, String where) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            if (value instanceof JsonObject object
                    && object.get(language) instanceof JsonString s
                    && !s.getString().isBlank()) {
                texts.put(language, s.getString().strip());
            } else {
                problem(0, "missing language " + language + " in " + where);
            }
        }
        return new LocalizedText(texts.get("fi"), texts.get("sv"), texts.get("en"));
    }

    /** A list of cues; {@code signed} says whether a cue may carry a sentiment sign and "!". */
    private List<ThemeVocabulary.Cue> cues(JsonValue value, String where, boolean signed) {
        List<ThemeVocabulary.Cue> cues = new ArrayList<>();
        if (!(value instanceof JsonArray array)
                || array.isEmpty()
                || array.stream().anyMatch(v -> !(v instanceof JsonString))) {
            problem(0, where + " must be a non-empty list of texts");
            return cues;
        }
        Set<String> seen = new HashSet<>();
        for (JsonString item : array.getValuesAs(JsonString.class)) {
            String text = item.getString();
            if (!CUE.matcher(text).matches() || (!signed && (text.startsWith("+") || text.startsWith("-")))) {
                problem(
                        0,
                        where + ": \"" + text + "\" is not a cue: write words of letters"
                                + (signed
                                        ? ", optionally after + (praise) or - (complaint) and before ! (whole word)"
                                        : ""));
                continue;
            }
            Sentiment polarity =
                    text.startsWith("+") ? Sentiment.PRAISE : text.startsWith("-") ? Sentiment.COMPLAINT : null;
            String words = text.substring(polarity == null ? 0 : 1);
            boolean exact = words.endsWith("!");
            words = exact ? words.substring(0, words.length() - 1) : words;
            if (exact && words.contains(" ")) {
                problem(0, where + ": \"" + text + "\" is a phrase: only a single word may end with !");
                continue;
            }
            if (!seen.add(words.toLowerCase())) {
                problem(0, where + ": \"" + words + "\" is listed twice");
                continue;
            }
            cues.add(new ThemeVocabulary.Cue(words, polarity, exact));
        }
        return cues;
    }

    private Map<String, ThemeVocabulary.Lexicon> lexicons(JsonValue value) {
        Map<String, ThemeVocabulary.Lexicon> lexicons = new LinkedHashMap<>();
        if (!(value instanceof JsonObject sentiment)) {
            problem(0, "\"sentiment\" must be an object with \"praise\", \"complaint\", \"negation\" and \"contrast\"");
            return lexicons;
        }
        for (String language : LANGUAGES) {
            lexicons.put(
                    language,
                    new ThemeVocabulary.Lexicon(
                            cues(words(sentiment, "praise", language), "sentiment.praise." + language, false),
                            cues(words(sentiment, "complaint", language), "sentiment.complaint." + language, false),
                            plain(words(sentiment, "negation", language), "sentiment.negation." + language),
                            plain(words(sentiment, "contrast", language), "sentiment.contrast." + language)));
        }
        return lexicons;
    }

    private static JsonValue words(JsonObject sentiment, String kind, String language) {
        return sentiment.get(kind) instanceof JsonObject o ? o.get(language) : null;
    }

    /** Single words, as the negation and contrast lists hold them. */
    private List<String> plain(JsonValue value, String where) {
        List<String> words = new ArrayList<>();
        for (ThemeVocabulary.Cue cue : cues(value, where, false)) {
            if (cue.words().contains(" ") || cue.exact()) {
                problem(0, where + ": \"" + cue.words() + "\" must be a single word");
            } else {
                words.add(cue.words());
            }
        }
        return words;
    }
}
