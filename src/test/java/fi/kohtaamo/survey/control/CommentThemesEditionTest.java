package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The themes' edition changes with the vocabulary and with the tagger's rules, and only with them. */
class CommentThemesEditionTest {

    private static final String VOCABULARY = "{\"themes\": {}}";

    @Test
    void theSameVocabularyAndRulesGiveTheSameEdition() {
        assertThat(CommentThemes.edition(1, VOCABULARY))
                .isEqualTo(CommentThemes.edition(1, VOCABULARY))
                .startsWith("rules 1, vocabulary ")
                .hasSize("rules 1, vocabulary ".length() + 64);
    }

    @Test
    void aChangedVocabularyOrChangedRulesGiveAnotherEdition() {
        String edition = CommentThemes.edition(1, VOCABULARY);

        assertThat(CommentThemes.edition(1, VOCABULARY.replace("{}", "{ }"))).isNotEqualTo(edition);
        assertThat(CommentThemes.edition(2, VOCABULARY)).isNotEqualTo(edition);
    }
}
