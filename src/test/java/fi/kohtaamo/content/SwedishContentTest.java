package fi.kohtaamo.content;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ContentParser;
import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.Step;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Swedish content: optional, but where a module has an {@code sv/} folder (or a guide an {@code sv.json}) it is
 * complete, the same steps, choices, questions and options as the Finnish, with a Swedish title and summary. A Swedish
 * reader gets it, and English where no Swedish is written. Each kind of incomplete Swedish is named with its file and
 * a message that says what to fix.
 */
class SwedishContentTest {

    private static final String ID = "swedish-test";
    private static final String SV = "modules/" + ID + "/sv/";
    private static final String FI = "modules/" + ID + "/fi/";
    private static final Map<String, String> REAL = ContentFiles.read(Path.of("content"));

    /**
     * The real content with one module's or guide's Swedish taken out (its {@code sv} files and its Swedish title and
     * summary), as a curriculum not yet written in Swedish is.
     */
    private static Map<String, String> withoutSwedish(String dir) {
        Map<String, String> files = new HashMap<>(REAL);
        files.keySet().removeIf(path -> path.startsWith(dir + "sv/") || path.equals(dir + "sv.json"));
        files.replaceAll((path, text) -> path.equals(dir + "module.json") || path.equals(dir + "guide.json")
                ? text.replaceAll(",\\s*\"sv\":\\s*\"(?:[^\"\\\\]|\\\\.)*\"", "")
                : text);
        return files;
    }

    private static Map<String, String> withSwedishModule() {
        Map<String, String> files = new HashMap<>(REAL);
        files.putAll(SwedishModule.files(ID));
        return files;
    }

    @Test
    void aModuleWithSwedishStepsIsTakenInSwedishAndOthersInEnglish() {
        Map<String, String> files = withoutSwedish("modules/no-bouncing/");
        files.putAll(SwedishModule.files(ID));
        ContentParser.Result result = ContentParser.parse(files);

        assertThat(result.problems()).isEmpty();
        ModuleContent swedish = result.catalogue().modules().get(ID);
        assertThat(swedish.language("sv")).isEqualTo("sv");
        assertThat(swedish.steps("sv").get(0).title()).isEqualTo(SwedishModule.SWEDISH_LESSON);
        assertThat(swedish.steps("de").get(0).title()).isEqualTo("Customer first");
        assertThat(swedish.title().in("sv")).isEqualTo(SwedishModule.SWEDISH_TITLE);
        ModuleContent englishOnly = result.catalogue().modules().get("no-bouncing");
        assertThat(englishOnly.language("sv")).isEqualTo("en");
        assertThat(englishOnly.steps("sv")).isEqualTo(englishOnly.steps("en"));
    }

    @Test
    void addingSwedishMakesANewVersion() {
        Map<String, String> withoutSwedish = withSwedishModule();
        withoutSwedish.keySet().removeIf(path -> path.startsWith(SV));

        String before = ContentParser.parse(withoutSwedish)
                .catalogue()
                .modules()
                .get(ID)
                .hash();
        String after = ContentParser.parse(withSwedishModule())
                .catalogue()
                .modules()
                .get(ID)
                .hash();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aSwedishStepMissingOrTooManyIsNamed() {
        assertProblem(
                files -> files.remove(SV + "04-reflection.md"),
                FI + "04-reflection.md",
                "missing language sv: there is no " + SV + "04-reflection.md");
        assertProblem(
                files -> files.put(SV + "05-lesson.md", "# Extra\n\nEtt steg till.\n"),
                SV + "05-lesson.md",
                "missing language fi: there is no " + FI + "05-lesson.md");
    }

    @Test
    void aSwedishScenarioWithOtherChoicesIsNamed() {
        assertProblem(
                files -> replace(
                        files,
                        SV + "02-scenario.json",
                        "{ \"text\": \"Du pekar",
                        "{ \"text\": \"Du ler.\", \"good\": false, \"feedback\": \"Du ler.\" },"
                                + " { \"text\": \"Du pekar"),
                SV + "02-scenario.json",
                "the scenario has 4 choices but " + FI + "02-scenario.json has 3: every language offers the same"
                        + " choices in the same order");
        assertProblem(
                files -> replace(files, SV + "02-scenario.json", "\"good\": false", "\"good\": true"),
                SV + "02-scenario.json",
                "choice 2 is \"good\": true but false in " + FI + "02-scenario.json");
    }

    @Test
    void aSwedishQuizWithOtherQuestionsOrOptionsIsNamed() {
        assertProblem(
                files -> replace(
                        files,
                        SV + "03-quiz.json",
                        "  ]\n}",
                        "  , { \"text\": \"6. En fråga till?\", \"explanation\": \"Ja.\", \"options\": ["
                                + " { \"text\": \"Ja\", \"correct\": true }, { \"text\": \"Nej\", \"correct\": false }"
                                + " ] }\n  ]\n}"),
                SV + "03-quiz.json",
                "the quiz has 6 questions but " + FI + "03-quiz.json has 5: every language asks the same questions"
                        + " in the same order");
        assertProblem(
                files -> replace(
                        files,
                        SV + "03-quiz.json",
                        "\"correct\": true }, { \"text\": \"Du pekar",
                        "\"correct\": true }, { \"text\": \"Du ler.\", \"correct\": false }, { \"text\": \"Du pekar"),
                SV + "03-quiz.json",
                "question 5 has 4 options but 3 in " + FI + "03-quiz.json");
        assertProblem(
                files -> replace(
                        files,
                        SV + "03-quiz.json",
                        "\"correct\": true }, { \"text\": \"Du pekar på könumret.\", \"correct\": false }",
                        "\"correct\": false }, { \"text\": \"Du pekar på könumret.\", \"correct\": true }"),
                SV + "03-quiz.json",
                "question 5's option 2 is \"correct\": false but true in " + FI + "03-quiz.json");
    }

    @Test
    void aSwedishQuestionThatRepeatsThePlayersSwedishInstructionIsNamed() {
        assertProblem(
                files -> replace(files, SV + "03-quiz.json", "5. Vad märker kunden först?", "Välj alla rätta."),
                SV + "03-quiz.json",
                "question 5 tells the learner to välj alla: the player says \"välj alla som stämmer\" beside every"
                        + " multiple-choice question, so leave it out of the text");
    }

    @Test
    void aModuleWithSwedishStepsNeedsASwedishTitleAndSummary() {
        assertProblem(
                files -> replace(
                        files,
                        "modules/" + ID + "/module.json",
                        "\"sv\": \"" + SwedishModule.SWEDISH_TITLE + "\",",
                        ""),
                "modules/" + ID + "/module.json",
                "missing language sv in \"title\": the module has Swedish steps in " + SV);
        assertProblem(
                files -> replace(
                        files,
                        "modules/" + ID + "/module.json",
                        "\"sv\": \"En kort modul som språken testas med.\",",
                        ""),
                "modules/" + ID + "/module.json",
                "missing language sv in \"summary\": the module has Swedish steps in " + SV);
    }

    @Test
    void aSwedishGuideIsReadInSwedishAndNeedsTheSameAgendaAndASwedishTitle() {
        String dir = "workshops/customer-path/";
        Map<String, String> unwritten = withoutSwedish(dir);
        Map<String, String> files = new HashMap<>(unwritten);
        files.put(dir + "sv.json", REAL.get(dir + "en.json").replace("\"purpose\": \"", "\"purpose\": \"På svenska. "));
        files.put(
                dir + "guide.json",
                unwritten
                        .get(dir + "guide.json")
                        .replace(
                                "\"en\": \"The customer's path\"",
                                "\"sv\": \"Kundens väg\", \"en\": \"The customer's path\"")
                        .replace("\"en\": \"The team maps", "\"sv\": \"Teamet kartlägger.\", \"en\": \"The team maps"));

        ContentParser.Result result = ContentParser.parse(files);

        assertThat(result.problems()).isEmpty();
        GuideContent guide = result.catalogue().guides().get("customer-path");
        assertThat(guide.body("sv").purpose()).startsWith("På svenska. ");
        assertThat(guide.title().in("sv")).isEqualTo("Kundens väg");
        GuideContent english =
                ContentParser.parse(unwritten).catalogue().guides().get("customer-path");
        assertThat(english.body("sv"))
                .as("without sv.json a Swedish reader reads English")
                .isEqualTo(english.body("en"));

        assertProblem(
                real -> {
                    real.putAll(unwritten);
                    real.put(dir + "sv.json", REAL.get(dir + "en.json"));
                },
                dir + "guide.json",
                "missing language sv in \"title\": the guide is written in Swedish in " + dir + "sv.json");
        GuideContent.Body finnish = guide.body("fi");
        List<String> shape = finnish.agenda().stream()
                .map(s -> s.kind() + " " + s.minutes() + (s.tool() == null ? "" : " " + s.tool()))
                .toList();
        int first = finnish.agenda().get(0).minutes();
        int second = finnish.agenda().get(1).minutes();
        List<String> changed = new java.util.ArrayList<>(shape);
        changed.set(0, finnish.agenda().get(0).kind() + " " + (first + 1));
        changed.set(1, finnish.agenda().get(1).kind() + " " + (second - 1));
        assertProblem(
                real -> {
                    real.putAll(files);
                    real.put(
                            dir + "sv.json",
                            files.get(dir + "sv.json")
                                    .replaceFirst("\"minutes\": " + first + "\\b", "\"minutes\": " + (first + 1))
                                    .replaceFirst(
                                            "(\"minutes\": " + (first + 1) + "[\\s\\S]*?)\"minutes\": " + second
                                                    + "\\b",
                                            "$1\"minutes\": " + (second - 1)));
                },
                dir + "sv.json",
                "the agenda differs from fi.json: " + changed + " against " + shape);
    }

    @Test
    void aSwedishModuleIsRestoredWithItsSwedishStepsFromAStoredVersion() {
        Map<String, String> own = new HashMap<>();
        withSwedishModule().forEach((path, text) -> {
            if (path.startsWith("modules/" + ID + "/")) {
                own.put(path, text);
            }
        });

        ModuleContent stored = ContentParser.storedModule(ID, own);

        assertThat(stored.steps("sv")).extracting(Step::title).startsWith(SwedishModule.SWEDISH_LESSON);
    }

    private static void replace(Map<String, String> files, String file, String from, String to) {
        String text = files.get(file);
        assertThat(text).as(file).contains(from);
        files.put(file, text.replace(from, to));
    }

    private static void assertProblem(Consumer<Map<String, String>> breakIt, String file, String message) {
        Map<String, String> files = withSwedishModule();
        breakIt.accept(files);

        List<ContentProblem> problems = ContentParser.parse(files).problems();

        assertThat(problems).as("problems after breaking " + file).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(0);
            assertThat(problem.message()).isEqualTo(message);
        });
    }
}
