package fi.kohtaamo.learning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.content.entity.Step;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizMarkingTest {

    private static final Step.Question ONE = new Step.Question(
            "Who owns the customer's question?",
            false,
            List.of(new Step.Option("The next desk", false), new Step.Option("I do", true)),
            "");
    private static final Step.Question ALL = new Step.Question(
            "Which help the customer?",
            true,
            List.of(
                    new Step.Option("A greeting", true),
                    new Step.Option("A queue number only", false),
                    new Step.Option("Telling what happens next", true)),
            "");
    private static final Step.Quiz QUIZ = new Step.Quiz("Check", List.of(ONE, ALL, ONE));

    @Test
    void aQuestionIsRightOnlyWithExactlyItsCorrectOptionsAndTheScoreRoundsHalfUp() {
        // Right, missing one correct option, right: 2 of 3 = 66.7 % -> 67.
        QuizMarking.Mark mark = QuizMarking.mark(QUIZ, List.of(Set.of(1), Set.of(0), Set.of(1)), 67);
        assertThat(mark).isEqualTo(new QuizMarking.Mark(67, true));

        assertThat(QuizMarking.mark(QUIZ, List.of(Set.of(1), Set.of(0, 1, 2), Set.of(1)), 80))
                .as("one option too many is wrong too")
                .isEqualTo(new QuizMarking.Mark(67, false));
        assertThat(QuizMarking.mark(QUIZ, List.of(Set.of(1), Set.of(2, 0), Set.of(1)), 100))
                .isEqualTo(new QuizMarking.Mark(100, true));
    }

    @Test
    void answersNotOnePerQuestionAreRefused() {
        assertThatThrownBy(() -> QuizMarking.mark(QUIZ, List.of(Set.of(1)), 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 answers for a quiz of 3 questions");
    }

    @Test
    void storedAnswersReadBackPerQuestionSortedAndFitToTheQuiz() {
        List<Set<Integer>> chosen = List.of(Set.of(1), Set.of(2, 0), Set.of());
        String stored = QuizMarking.stored(chosen);

        assertThat(stored).isEqualTo("1;0,2;");
        assertThat(QuizMarking.answers(stored, QUIZ)).containsExactly(Set.of(1), Set.of(0, 2), Set.of());
        assertThat(QuizMarking.answers("1", QUIZ))
                .as("a quiz that gained questions since")
                .containsExactly(Set.of(1), Set.of(), Set.of());
        assertThat(QuizMarking.answers("1;0;1;0", QUIZ))
                .as("one that lost some")
                .hasSize(3);
    }
}
