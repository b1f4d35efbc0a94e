package fi.kohtaamo.survey.control;

import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.content.entity.ThemeVocabulary;
import fi.kohtaamo.survey.entity.CommentTheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Reads a customer's comment into themes, with praise or complaint where the comment shows it, from the vocabulary
 * of {@code content/themes.json}. Words are stemmed by Lucene's Finnish, Swedish and English analysers (Snowball and
 * Porter stemmers, stop words kept, because "ei" and "not" matter here), so <em>jonotin, jonottamaan, jonossa</em> all
 * meet the cue <em>jono</em>.
 *
 * <p>How a comment is read:
 *
 * <ol>
 *   <li>Its language is guessed from the stop words of each analyser it contains; a comment without any (such as
 *       "Jonot!") is read in all three languages.
 *   <li>It is split into clauses at sentence ends and at contrasting words ("mutta", "men", "but"), so that praise of
 *       the staff does not spill onto the queue in "the queue was long but the staff were lovely".
 *   <li>In each clause the cues are matched on stems: a cue's stem matches a word whose stem begins with it, and in
 *       Finnish and Swedish also a compound that contains it (<em>puhelinjonossa</em>); an exact cue only the word
 *       or a compound ending in it. A phrase's words follow each other with at most one word between. Where cues
 *       overlap, the longest wins (<em>odotustila</em> is the premises, not waiting).
 *   <li>Each match's sentiment is its cue's own (doubled) plus the clause's praise and complaint words. A negation
 *       belongs to the nearest match up to three words after it (or else two before) and turns it around, so "ei
 *       tarvinnut jonottaa" praises the waiting and "ei ollut ystävällinen" complains of the welcome; a negated cue
 *       without a sentiment of its own is something missed ("nobody took ownership"), a complaint. A negation
 *       turns a praise or complaint word around up to three words after it or two before.
 * </ol>
 *
 * Instances are immutable and safe to share between threads.
 */
public final class CommentTagger {

    /**
     * The edition of the reading rules in this class. Raise it with every change that reads a comment differently:
     * the comments already read are then read again at the next start (see {@link CommentThemes#edition()}).
     */
    public static final int RULES = 1;

    private static final Pattern SENTENCES = Pattern.compile("[.!?;:\\n\\r]+|\\s[-–—]\\s");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}'’]+");
    private static final int NEGATION_BEFORE = 3;
    private static final int NEGATION_AFTER = 2;

    /** A cue with its stems, ready to match. */
    private record StemmedCue(Theme theme, List<String> stems, Sentiment polarity, boolean exact, int weight) {}

    /** One language's analyser and its stemmed vocabulary. */
    private record Language(
            String id,
            Analyzer analyzer,
            CharArraySet stopWords,
            List<StemmedCue> cues,
            List<StemmedCue> praise,
            List<StemmedCue> complaint,
            Set<String> negation,
            Set<String> contrast,
            boolean compounds) {}

    /** A cue found in a clause, from token {@code start} to {@code end} inclusive. */
    private record Match(StemmedCue cue, int start, int end) {}

    private final List<Language> languages = new ArrayList<>();

    /**
     * @throws IllegalArgumentException if a word of the vocabulary has no stem (it is made only of what the analyser
     *     drops)
     */
    public CommentTagger(ThemeVocabulary vocabulary) {
        for (String id : List.of("fi", "sv", "en")) {
            Analyzer analyzer = analyzer(id);
            ThemeVocabulary.Lexicon lexicon = vocabulary.lexicons().get(id);
            List<StemmedCue> cues = new ArrayList<>();
            vocabulary
                    .themes()
                    .values()
                    .forEach(entry ->
                            entry.cues().get(id).forEach(cue -> cues.add(pattern(analyzer, entry.theme(), cue))));
            languages.add(new Language(
                    id,
                    analyzer,
                    stopWords(id),
                    cues,
                    lexicon.praise().stream()
                            .map(c -> pattern(analyzer, null, c))
                            .toList(),
                    lexicon.complaint().stream()
                            .map(c -> pattern(analyzer, null, c))
                            .toList(),
                    stemSet(analyzer, lexicon.negation()),
                    stemSet(analyzer, lexicon.contrast()),
                    !id.equals("en")));
        }
    }

    private static Analyzer analyzer(String language) {
        return switch (language) {
            case "fi" -> new FinnishAnalyzer(CharArraySet.EMPTY_SET);
            case "sv" -> new SwedishAnalyzer(CharArraySet.EMPTY_SET);
            default -> new EnglishAnalyzer(CharArraySet.EMPTY_SET);
        };
    }

    private static CharArraySet stopWords(String language) {
        return switch (language) {
            case "fi" -> FinnishAnalyzer.getDefaultStopSet();
            case "sv" -> SwedishAnalyzer.getDefaultStopSet();
            default -> snowballEnglishStopWords();
        };
    }

    /** Snowball's English stop words (Lucene's analyser keeps a shorter list, without "I", "my" or "we"). */
    private static CharArraySet snowballEnglishStopWords() {
        try {
            return WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StemmedCue pattern(Analyzer analyzer, Theme theme, ThemeVocabulary.Cue cue) {
        List<String> stems = stems(analyzer, cue.words());
        if (stems.isEmpty()) {
            throw new IllegalArgumentException("The cue \"" + cue.words() + "\" has no stem");
        }
        int weight = stems.stream().mapToInt(String::length).sum() + 100 * (stems.size() - 1);
        return new StemmedCue(theme, stems, cue.polarity(), cue.exact(), weight);
    }

    private static Set<String> stemSet(Analyzer analyzer, List<String> words) {
        Set<String> stems = new HashSet<>();
        words.forEach(w -> stems.addAll(stems(analyzer, w)));
        return stems;
    }

    private static List<String> stems(Analyzer analyzer, String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("comment", text.replace('’', '\''))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    /** The comment's themes in the order of {@link Theme}, each with its sentiment where the comment shows it. */
    public List<CommentTheme> tag(String comment) {
        if (comment == null || comment.isBlank()) {
            return List.of();
        }
        Map<Theme, Integer> found = new EnumMap<>(Theme.class);
        for (Language language : languagesOf(comment)) {
            for (String sentence : SENTENCES.split(comment)) {
                for (List<String> clause : clauses(language, stems(language.analyzer(), sentence))) {
                    read(language, clause, found);
                }
            }
        }
        List<CommentTheme> themes = new ArrayList<>();
        found.forEach((theme, score) -> themes.add(
                new CommentTheme(theme, score > 0 ? Sentiment.PRAISE : score < 0 ? Sentiment.COMPLAINT : null)));
        return themes;
    }

    /** The languages with the most stop words in the comment, or all three where it has none. */
    private List<Language> languagesOf(String comment) {
        Map<Language, Integer> counts = new LinkedHashMap<>();
        String lower = comment.toLowerCase(Locale.ROOT);
        for (Language language : languages) {
            int count = 0;
            for (String word : WORDS.split(lower)) {
                if (!word.isEmpty() && language.stopWords().contains(word)) {
                    count++;
                }
            }
            if (language.id().equals("sv") && lower.indexOf('å') >= 0) {
                count += 2;
            }
            counts.put(language, count);
        }
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        if (best == 0) {
            return languages;
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() == best)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<List<String>> clauses(Language language, List<String> stems) {
        List<List<String>> clauses = new ArrayList<>();
        List<String> clause = new ArrayList<>();
        for (String stem : stems) {
            if (language.contrast().contains(stem)) {
                if (!clause.isEmpty()) {
                    clauses.add(clause);
                }
                clause = new ArrayList<>();
            } else {
                clause.add(stem);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause);
        }
        return clauses;
    }

    /** Adds each theme of one clause to {@code found}, with its sentiment score. */
    private static void read(Language language, List<String> clause, Map<Theme, Integer> found) {
        List<Match> matches = new ArrayList<>();
        for (StemmedCue cue : language.cues()) {
            for (int start = 0; start < clause.size(); start++) {
                int end = matchAt(language, cue, clause, start);
                if (end >= 0) {
                    matches.add(new Match(cue, start, end));
                }
            }
        }
        matches.sort(Comparator.comparingInt((Match m) -> m.cue().weight()).reversed());
        boolean[] taken = new boolean[clause.size()];
        List<Match> chosen = new ArrayList<>();
        for (Match match : matches) {
            boolean free = true;
            for (int i = match.start(); i <= match.end(); i++) {
                free &= !taken[i];
            }
            if (free) {
                chosen.add(match);
                for (int i = match.start(); i <= match.end(); i++) {
                    taken[i] = true;
                }
            }
        }
        if (chosen.isEmpty()) {
            return;
        }
        int mood = 0;
        for (int i = 0; i < clause.size(); i++) {
            if (taken[i] || language.negation().contains(clause.get(i))) {
                continue;
            }
            int sign = lexicon(language, language.praise(), clause, i)
                    ? 1
                    : lexicon(language, language.complaint(), clause, i) ? -1 : 0;
            mood += negated(language, clause, i, i) ? -sign : sign;
        }
        Set<Match> negated = negatedMatches(language, clause, chosen);
        for (Match match : chosen) {
            int own;
            if (match.cue().polarity() == null) {
                // what is missing is missed: "nobody took ownership", "kukaan ei tervehtinyt"
                own = negated.contains(match) ? -1 : 0;
            } else {
                own = 2 * match.cue().polarity().sign() * (negated.contains(match) ? -1 : 1);
            }
            found.merge(match.cue().theme(), Integer.signum(own + mood), Integer::sum);
        }
    }

    /**
     * The matches a negation turns around: each negation word belongs to the nearest match up to three words after
     * it, or else to the nearest up to two words before it ("jonoa ei ollut").
     */
    private static Set<Match> negatedMatches(Language language, List<String> clause, List<Match> chosen) {
        Set<Match> negated = new HashSet<>();
        for (int i = 0; i < clause.size(); i++) {
            if (!language.negation().contains(clause.get(i))) {
                continue;
            }
            Match target = null;
            for (Match match : chosen) {
                if (match.start() > i
                        && match.start() - i <= NEGATION_BEFORE
                        && (target == null || match.start() < target.start())) {
                    target = match;
                }
            }
            if (target == null) {
                for (Match match : chosen) {
                    if (match.end() < i
                            && i - match.end() <= NEGATION_AFTER
                            && (target == null || match.end() > target.end())) {
                        target = match;
                    }
                }
            }
            if (target != null) {
                negated.add(target);
            }
        }
        return negated;
    }

    private static boolean lexicon(Language language, List<StemmedCue> words, List<String> clause, int at) {
        for (StemmedCue word : words) {
            if (word.stems().size() == 1 && matches(language, word, word.stems().get(0), clause.get(at))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last token of the cue if it matches from {@code start}, otherwise −1. */
    private static int matchAt(Language language, StemmedCue cue, List<String> clause, int start) {
        if (!matches(language, cue, cue.stems().get(0), clause.get(start))) {
            return -1;
        }
        int at = start;
        for (int k = 1; k < cue.stems().size(); k++) {
            String stem = cue.stems().get(k);
            if (at + 1 < clause.size() && matches(language, cue, stem, clause.get(at + 1))) {
                at += 1;
            } else if (at + 2 < clause.size() && matches(language, cue, stem, clause.get(at + 2))) {
                at += 2;
            } else {
                return -1;
            }
        }
        return at;
    }

    private static boolean matches(Language language, StemmedCue cue, String stem, String token) {
        if (cue.exact()) {
            return token.equals(stem) || (language.compounds() && stem.length() >= 3 && token.endsWith(stem));
        }
        return token.startsWith(stem) || (language.compounds() && stem.length() >= 4 && token.contains(stem));
    }

    private static boolean negated(Language language, List<String> clause, int start, int end) {
        for (int i = Math.max(0, start - NEGATION_BEFORE); i < start; i++) {
            if (language.negation().contains(clause.get(i))) {
                return true;
            }
        }
        for (int i = end + 1; i <= Math.min(clause.size() - 1, end + NEGATION_AFTER); i++) {
            if (language.negation().contains(clause.get(i))) {
                return true;
            }
        }
        return false;
    }
}
