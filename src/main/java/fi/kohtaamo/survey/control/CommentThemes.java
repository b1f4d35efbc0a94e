package fi.kohtaamo.survey.control;

import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ThemeParser;
import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.content.entity.ThemeVocabulary;
import fi.kohtaamo.survey.entity.CommentTheme;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The comment themes Kohtaamo runs with: the vocabulary of {@code content/themes.json} (or of the folder
 * {@code KOHTAAMO_CONTENT_DIR} names), read and validated once, and the {@link CommentTagger} built from it. An invalid
 * vocabulary stops the start with every problem named, as invalid content does.
 */
@ApplicationScoped
public class CommentThemes {

    @Inject
    @ConfigProperty(name = "kohtaamo.content.dir")
    Optional<String> contentDir;

    private ThemeVocabulary vocabulary;
    private CommentTagger tagger;
    private String edition;

    /**
     * @throws IllegalStateException naming every problem, if the vocabulary is invalid
     */
    @PostConstruct
    void load() {
        Map<String, String> files =
                contentDir.map(dir -> ContentFiles.read(Path.of(dir))).orElseGet(ContentFiles::packaged);
        ThemeParser.Result result = ThemeParser.parse(files);
        if (!result.valid()) {
            throw new IllegalStateException("The comment themes are invalid, so Kohtaamo will not start. Fix these "
                    + result.problems().size() + " problems:"
                    + result.problems().stream()
                            .map(ContentProblem::toString)
                            .collect(Collectors.joining("\n  ", "\n  ", "")));
        }
        vocabulary = result.vocabulary();
        tagger = new CommentTagger(vocabulary);
        edition = edition(CommentTagger.RULES, files.get(ThemeParser.FILE));
    }

    /**
     * What the themes are read with, as a short text that changes whenever the reading could: the tagger's {@link
     * CommentTagger#RULES} and a SHA-256 digest of the vocabulary file.
     */
    public String edition() {
        return edition;
    }

    static String edition(int rules, String vocabulary) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(vocabulary.getBytes(StandardCharsets.UTF_8));
            return "rules " + rules + ", vocabulary " + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The comment's themes; none for a missing or blank comment. */
    public List<CommentTheme> read(String comment) {
        return tagger.tag(comment);
    }

    /** The theme's name in the reader's language. */
    public String name(Theme theme, Locale locale) {
        return vocabulary.themes().get(theme).name().in(locale);
    }
}
