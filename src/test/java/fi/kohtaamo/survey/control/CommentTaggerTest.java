package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ThemeParser;
import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.survey.entity.CommentTheme;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tagger's reading of morphology, negation, contrast and language on the real vocabulary. */
class CommentTaggerTest {

    private static final CommentTagger TAGGER = new CommentTagger(
            ThemeParser.parse(ContentFiles.read(Path.of("content"))).vocabulary());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Jonotin tunnin.",
                "Jouduin jonottamaan kauan.",
                "Jonossa oli liikaa ihmisiä.",
                "Puhelinjonossa meni puoli päivää.",
                "Odotusaika oli kohtuuton."
            })
    void finnishInflectionsAndCompoundsOfQueueingAreWaitingComplaints(String comment) {
        assertThat(TAGGER.tag(comment)).containsExactly(new CommentTheme(Theme.WAITING, Sentiment.COMPLAINT));
    }

    @Test
    void notHavingToQueueIsPraiseOfTheWaiting() {
        assertThat(TAGGER.tag("Ei tarvinnut jonottaa."))
                .containsExactly(new CommentTheme(Theme.WAITING, Sentiment.PRAISE));
        assertThat(TAGGER.tag("Jag behövde inte köa."))
                .containsExactly(new CommentTheme(Theme.WAITING, Sentiment.PRAISE));
        assertThat(TAGGER.tag("I didn't have to queue."))
                .containsExactly(new CommentTheme(Theme.WAITING, Sentiment.PRAISE));
    }

    @Test
    void aNegatedPraiseIsAComplaint() {
        assertThat(TAGGER.tag("Virkailija ei ollut ystävällinen."))
                .containsExactly(new CommentTheme(Theme.FRIENDLINESS, Sentiment.COMPLAINT));
        assertThat(TAGGER.tag("The staff were not friendly."))
                .containsExactly(new CommentTheme(Theme.FRIENDLINESS, Sentiment.COMPLAINT));
    }

    @Test
    void aNegationBelongsToTheNearestThemeOnly() {
        assertThat(TAGGER.tag("Sovellus ei toiminut."))
                .containsExactly(new CommentTheme(Theme.SYSTEMS, Sentiment.COMPLAINT));
        assertThat(TAGGER.tag("Minua ei pompoteltu, asia hoitui yhdellä soitolla."))
                .containsExactly(new CommentTheme(Theme.BOUNCED, Sentiment.PRAISE));
    }

    @Test
    void aContrastKeepsEachClausesSentimentToItself() {
        assertThat(TAGGER.tag("Jono oli pitkä, mutta virkailija oli ystävällinen."))
                .containsExactly(
                        new CommentTheme(Theme.WAITING, Sentiment.COMPLAINT),
                        new CommentTheme(Theme.FRIENDLINESS, Sentiment.PRAISE));
        assertThat(TAGGER.tag("The queue was long but the staff were lovely."))
                .containsExactly(
                        new CommentTheme(Theme.WAITING, Sentiment.COMPLAINT),
                        new CommentTheme(Theme.FRIENDLINESS, Sentiment.PRAISE));
    }

    @Test
    void theLongestCueWinsAWord() {
        assertThat(TAGGER.tag("Odotustila oli ahdas."))
                .containsExactly(new CommentTheme(Theme.FACILITIES, Sentiment.COMPLAINT));
        assertThat(TAGGER.tag("The waiting room was dirty."))
                .containsExactly(new CommentTheme(Theme.FACILITIES, Sentiment.COMPLAINT));
    }

    @Test
    void aThemeWithoutSentimentIsKeptWithoutOne() {
        assertThat(TAGGER.tag("Kävin hakemassa lomakkeen.")).containsExactly(new CommentTheme(Theme.PROCESSES, null));
    }

    @Test
    void aCommentWithoutThemesHasNone() {
        assertThat(TAGGER.tag("Kiitos!")).isEmpty();
        assertThat(TAGGER.tag("Tack, allt bra.")).isEmpty();
        assertThat(TAGGER.tag("Will come again.")).isEmpty();
        assertThat(TAGGER.tag("  ")).isEmpty();
        assertThat(TAGGER.tag(null)).isEmpty();
    }
}
