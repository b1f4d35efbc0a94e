package fi.kohtaamo.learning.control;

/** Fired, inside the saving transaction, for every marked quiz attempt: its score in per cent and whether it passed. */
public record QuizAnswered(long progressId, int step, int score, boolean passed) {}
