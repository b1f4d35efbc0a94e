package fi.kohtaamo.insight.control;

import java.io.Serializable;

/**
 * Reaction and learning over completed modules ({@link Insights#learningByTrack}): the ratings learners gave, their
 * quiz scores, and how many passed the quiz on the first try.
 *
 * @param ratingSum ratings (1–5) added up
 * @param ratings how many modules were rated
 * @param quizScoreSum quiz scores (0–100) added up
 * @param quizScores how many quizzes were scored
 * @param firstTriesPassed quizzes passed on the first try
 * @param firstTries quizzes whose first try is known
 */
public record LearningTally(
        long ratingSum, long ratings, long quizScoreSum, long quizScores, long firstTriesPassed, long firstTries)
        implements Serializable {

    /** Nothing completed. */
    public static final LearningTally NONE = new LearningTally(0, 0, 0, 0, 0, 0);

    /** The mean rating, 1–5, or null without ratings. */
    public Double rating() {
        return ratings == 0 ? null : (double) ratingSum / ratings;
    }

    /** The mean quiz score, 0–100, or null without scores. */
    public Double quizScore() {
        return quizScores == 0 ? null : (double) quizScoreSum / quizScores;
    }

    /** First tries passed as a percentage of first tries, 0–100, or null without any. */
    public Double firstTryPassRate() {
        return firstTries == 0 ? null : (double) (firstTriesPassed * 100) / firstTries;
    }

    /** Both tallies together. */
    public LearningTally plus(LearningTally other) {
        return new LearningTally(
                ratingSum + other.ratingSum,
                ratings + other.ratings,
                quizScoreSum + other.quizScoreSum,
                quizScores + other.quizScores,
                firstTriesPassed + other.firstTriesPassed,
                firstTries + other.firstTries);
    }
}
