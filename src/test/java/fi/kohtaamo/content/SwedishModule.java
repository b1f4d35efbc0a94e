package fi.kohtaamo.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small module written in Finnish, English and Swedish, as content files under {@code modules/<id>/}: a lesson, a
 * scenario with three choices, a quiz of five questions (the last one multiple-choice) and a reflection. Tests add it
 * to the real content to see Swedish read, checked, stored and served; it lives here, not in {@code content/}, because
 * it teaches nothing.
 */
public final class SwedishModule {

    /** The Swedish lesson's title, which a Swedish reader sees on the first step. */
    public static final String SWEDISH_LESSON = "Kunden först";

    public static final String SWEDISH_TITLE = "Svensk provmodul";

    private SwedishModule() {}

    /** The module's files, keyed by their path under the content folder. */
    public static Map<String, String> files(String id) {
        Map<String, String> files = new HashMap<>();
        String dir = "modules/" + id + "/";
        files.put(dir + "module.json", """
                {
                  "id": "%s",
                  "version": "1.0",
                  "audience": "all",
                  "minutes": 5,
                  "passMark": 60,
                  "prerequisites": [],
                  "factors": ["communication"],
                  "title": { "fi": "Ruotsinkielinen koemoduuli", "sv": "%s", "en": "Swedish test module" },
                  "summary": {
                    "fi": "Lyhyt moduuli, jolla kielet testataan.",
                    "sv": "En kort modul som språken testas med.",
                    "en": "A short module to test the languages with."
                  }
                }
                """.formatted(id, SWEDISH_TITLE));
        language(
                files,
                dir + "fi/",
                "Asiakas ensin",
                "Asiakas odottaa tiskillä.",
                "Mitä teet?",
                List.of("Tervehdit ja kysyt, miten voit auttaa.", "Jatkat puhelua.", "Osoitat jonotusnumeroa."),
                "Mitä asiakas huomaa ensin?",
                "Mitä opit?");
        language(
                files,
                dir + "en/",
                "Customer first",
                "A customer waits at the desk.",
                "What do you do?",
                List.of(
                        "You greet them and ask how you can help.",
                        "You go on with your call.",
                        "You point at the queue number."),
                "What does a customer notice first?",
                "What did you learn?");
        language(
                files,
                dir + "sv/",
                SWEDISH_LESSON,
                "En kund väntar vid disken.",
                "Vad gör du?",
                List.of(
                        "Du hälsar och frågar hur du kan hjälpa.",
                        "Du fortsätter ditt samtal.",
                        "Du pekar på könumret."),
                "Vad märker kunden först?",
                "Vad lärde du dig?");
        return files;
    }

    private static void language(
            Map<String, String> files,
            String dir,
            String lesson,
            String situation,
            String question,
            List<String> choices,
            String quizQuestion,
            String reflection) {
        files.put(dir + "01-lesson.md", "# " + lesson + "\n\n" + situation + " " + question + "\n");
        files.put(dir + "02-scenario.json", """
                {
                  "title": "%s",
                  "situation": "%s",
                  "question": "%s",
                  "choices": [
                    { "text": "%s", "good": true, "feedback": "%s" },
                    { "text": "%s", "good": false, "feedback": "%s" },
                    { "text": "%s", "good": false, "feedback": "%s" }
                  ]
                }
                """.formatted(
                        lesson,
                        situation,
                        question,
                        choices.get(0),
                        choices.get(0),
                        choices.get(1),
                        choices.get(1),
                        choices.get(2),
                        choices.get(2)));
        StringBuilder quiz = new StringBuilder("{\n  \"title\": \"" + lesson + "\",\n  \"questions\": [\n");
        for (int i = 1; i <= 5; i++) {
            boolean multiple = i == 5;
            quiz.append("    { \"text\": \"")
                    .append(i)
                    .append(". ")
                    .append(quizQuestion)
                    .append("\", \"multiple\": ")
                    .append(multiple)
                    .append(", \"explanation\": \"")
                    .append(choices.get(0))
                    .append("\", \"options\": [ { \"text\": \"")
                    .append(choices.get(0))
                    .append("\", \"correct\": true }, { \"text\": \"")
                    .append(choices.get(1))
                    .append("\", \"correct\": ")
                    .append(multiple)
                    .append(" }")
                    .append(multiple ? ", { \"text\": \"" + choices.get(2) + "\", \"correct\": false }" : "")
                    .append(" ] }")
                    .append(i < 5 ? ",\n" : "\n");
        }
        files.put(dir + "03-quiz.json", quiz.append("  ]\n}\n").toString());
        files.put(dir + "04-reflection.md", "# " + reflection + "\n\n" + reflection + "\n");
    }
}
