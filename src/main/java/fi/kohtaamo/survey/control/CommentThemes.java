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
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

    /**
     * @throws IllegalStateException naming every problem, if the vocabulary is invalid
     */
    @PostConstruct
    void load() {
        ThemeParser.Result result = ThemeParser.parse(
                contentDir.map(dir -> ContentFiles.read(Path.of(dir))).orElseGet(ContentFiles::packaged));
        if (!result.valid()) {
            throw new IllegalStateException("The comment themes are invalid, so Kohtaamo will not start. Fix these "
                    + result.problems().size() + " problems:"
                    + result.problems().stream()
                            .map(ContentProblem::toString)
                            .collect(Collectors.joining("\n  ", "\n  ", "")));
        }
        vocabulary = result.vocabulary();
        tagger = new CommentTagger(vocabulary);
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
