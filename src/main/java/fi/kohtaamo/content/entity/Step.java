package fi.kohtaamo.content.entity;

import java.util.List;

/** One step of a module in one language: a lesson, a scenario, a quiz or a reflection. */
public sealed interface Step {

    /** The kinds, as written in step file names ({@code 03-scenario.json}). */
    enum Kind {
        LESSON,
        SCENARIO,
        QUIZ,
        REFLECTION
    }

    String title();

    Kind kind();

    /** A lesson: Markdown to read. */
    record Lesson(String title, String markdown) implements Step {
        public Kind kind() {
            return Kind.LESSON;
        }
    }

    /** A customer situation with choices, each with feedback; at least one choice is good. */
    record Scenario(String title, String situation, String question, List<Choice> choices) implements Step {
        public Kind kind() {
            return Kind.SCENARIO;
        }
    }

    record Choice(String text, boolean good, String feedback) {}

    /** Questions with options and explanations; the score decides whether the module is passed. */
    record Quiz(String title, List<Question> questions) implements Step {
        public Kind kind() {
            return Kind.QUIZ;
        }
    }

    record Question(String text, boolean multiple, List<Option> options, String explanation) {

        /** Whether exactly the correct options were chosen (by their positions). */
        public boolean answeredBy(java.util.Set<Integer> chosen) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct() != chosen.contains(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Option(String text, boolean correct) {}

    /** A private free-text reflection. */
    record Reflection(String title, String prompt) implements Step {
        public Kind kind() {
            return Kind.REFLECTION;
        }
    }
}
