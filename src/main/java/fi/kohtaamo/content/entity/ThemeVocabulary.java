package fi.kohtaamo.content.entity;

import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.List;
import java.util.Map;

/**
 * The comment themes of {@code content/themes.json} as read and validated: each theme's name and the cues that show
 * it in each language, and per language the words that carry praise, complaint and negation, and the words that
 * start a contrasting clause ("but"). Words are written as a reader writes them; the tagger stems them itself.
 *
 * @param themes every theme, in the order of {@link Theme}
 * @param lexicons by language ({@code fi}, {@code sv}, {@code en})
 */
public record ThemeVocabulary(Map<Theme, Entry> themes, Map<String, Lexicon> lexicons) {

    /** One theme: its name and, by language, the cues that show it. */
    public record Entry(Theme theme, LocalizedText name, Map<String, List<Cue>> cues) {}

    /**
     * A word or phrase that shows a theme. {@code polarity} is the sentiment the cue carries by itself ("rude" is a
     * complaint), or null when only its context tells; an {@code exact} cue matches only the word itself (and, in
     * Finnish and Swedish, a compound that ends with it), not every word that begins with it.
     */
    public record Cue(String words, Sentiment polarity, boolean exact) {}

    /** One language's general words: praise, complaint, negation and contrast. */
    public record Lexicon(List<Cue> praise, List<Cue> complaint, List<String> negation, List<String> contrast) {}
}
