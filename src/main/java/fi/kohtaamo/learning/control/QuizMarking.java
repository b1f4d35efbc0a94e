package fi.kohtaamo.learning.control;

import fi.kohtaamo.content.entity.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Marks a quiz and keeps its answers. A question counts as right only when exactly its correct options were chosen;
 * the score is the share of right questions in whole per cent (half up), and the quiz is passed at the module's pass
 * mark or above. Answers are stored as the chosen option positions of each question, sorted, questions separated by
 * {@code ;} and options by {@code ,} ({@code "1;0,2;"}: option 1, options 0 and 2, nothing), which {@link #answers}
 * reads back.
 *
 * <pre>
 * QuizMarking.Mark mark = QuizMarking.mark(quiz, chosen, module.passMark());
 * progresses.quizAttempt(progressId, step, QuizMarking.stored(chosen), mark.score(), mark.passed());
 * </pre>
 */
public final class QuizMarking {

    /** A marked attempt: its score in per cent and whether it reached the pass mark. */
    public record Mark(int score, boolean passed) {}

    private QuizMarking() {}

    /**
     * @param chosen the chosen option positions of each question, in the quiz's order
     * @throws IllegalArgumentException if the answers are not one per question
     */
    public static Mark mark(Step.Quiz quiz, List<Set<Integer>> chosen, int passMark) {
        if (chosen.size() != quiz.questions().size()) {
            throw new IllegalArgumentException(
                    chosen.size() + " answers for a quiz of " + quiz.questions().size() + " questions");
        }
        int right = 0;
        for (int i = 0; i < chosen.size(); i++) {
            if (quiz.questions().get(i).answeredBy(chosen.get(i))) {
                right++;
            }
        }
        int score = Math.round(100f * right / quiz.questions().size());
        return new Mark(score, score >= passMark);
    }

    /** The answers as they are stored with the attempt. */
    public static String stored(List<Set<Integer>> chosen) {
        return chosen.stream()
                .map(set -> set.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    /**
     * Stored answers read back, one set per question of the quiz: questions the stored text lacks (the quiz gained
     * some since) are unanswered, and those beyond the quiz's end are left out.
     */
    public static List<Set<Integer>> answers(String stored, Step.Quiz quiz) {
        String[] perQuestion = stored.split(";", -1);
        List<Set<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            Set<Integer> options = new LinkedHashSet<>();
            if (i < perQuestion.length && !perQuestion[i].isEmpty()) {
                Arrays.stream(perQuestion[i].split(",")).map(Integer::valueOf).forEach(options::add);
            }
            answers.add(options);
        }
        return answers;
    }
}
