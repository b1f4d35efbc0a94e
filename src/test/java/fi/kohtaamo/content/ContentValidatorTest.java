package fi.kohtaamo.content;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ContentParser;
import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.Step;
import fi.kohtaamo.content.entity.Theme;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The content validator: the real curriculum in content/ is valid and complete, and each kind of broken content is
 * reported with its file, line where one can be named, and a message that says what to fix.
 */
class ContentValidatorTest {

    private static final Map<String, String> REAL = ContentFiles.read(Path.of("content"));

    @Test
    void theCurriculumInContentIsValid() {
        ContentParser.Result result = ContentParser.parse(REAL);

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue().modules()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(result.catalogue().tracks()).containsKeys("supervisor-coaching", "staff");
        assertThat(result.catalogue().guides()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void everyModuleHasThreeToFiveLessonsAScenarioAQuizOfFiveAndAReflectionInEveryLanguage() {
        for (ModuleContent module :
                ContentParser.parse(REAL).catalogue().modules().values()) {
            for (String language : List.of("fi", "sv", "en")) {
                List<Step> steps = module.steps().get(language);
                String where = module.id() + "/" + language;
                assertThat(steps.stream().filter(s -> s instanceof Step.Lesson).count())
                        .as(where)
                        .isBetween(3L, 5L);
                assertThat(steps)
                        .as(where)
                        .filteredOn(s -> s instanceof Step.Scenario)
                        .hasSize(1);
                assertThat(steps)
                        .as(where)
                        .filteredOn(s -> s instanceof Step.Reflection)
                        .hasSize(1);
                assertThat(steps)
                        .as(where)
                        .filteredOn(s -> s instanceof Step.Quiz)
                        .singleElement()
                        .satisfies(q -> assertThat(((Step.Quiz) q).questions()).hasSizeGreaterThanOrEqualTo(5));
            }
        }
    }

    /** Swedish is optional to the parser (a new module may be written in Swedish later), but the curriculum has it. */
    @Test
    void everyModuleAndGuideOfTheCurriculumIsWrittenInSwedish() {
        var catalogue = ContentParser.parse(REAL).catalogue();
        assertThat(catalogue.modules().values())
                .allSatisfy(module ->
                        assertThat(module.language("sv")).as(module.id()).isEqualTo("sv"));
        assertThat(catalogue.guides().values())
                .allSatisfy(
                        guide -> assertThat(guide.language("sv")).as(guide.id()).isEqualTo("sv"));
        assertThat(catalogue.tracks().values())
                .allSatisfy(track -> assertThat(track.title().in("sv"))
                        .as(track.id())
                        .isNotEqualTo(track.title().in("en")));
    }

    @Test
    void aMissingLanguageIsNamed() {
        assertProblem(
                files -> files.keySet().removeIf(p -> p.startsWith("modules/no-bouncing/fi/")),
                "modules/no-bouncing/fi/",
                0,
                "missing language fi: no step files");
        assertProblem(
                files -> files.remove("modules/no-bouncing/en/07-reflection.md"),
                "modules/no-bouncing/fi/07-reflection.md",
                0,
                "missing language en: there is no modules/no-bouncing/en/07-reflection.md");
        assertProblem(
                files -> replace(
                        files, "modules/no-bouncing/module.json", "\"fi\": \"Ei pallottelua\"", "\"sv\": \"x\""),
                "modules/no-bouncing/module.json",
                0,
                "missing language fi in \"title\"");
    }

    @Test
    void anUnknownPrerequisiteIsNamed() {
        assertProblem(
                files -> replace(
                        files, "modules/no-bouncing/module.json", "customer-experience-basics", "no-such-module"),
                "modules/no-bouncing/module.json",
                0,
                "unknown prerequisite \"no-such-module\": there is no modules/no-such-module");
    }

    @Test
    void anUnknownThemeOfAModuleOrGuideIsNamed() {
        assertProblem(
                files -> replace(files, "modules/no-bouncing/module.json", "\"bounced\"", "\"bouncing\""),
                "modules/no-bouncing/module.json",
                0,
                "unknown theme \"bouncing\": use one of [waiting, friendliness, expertise, bounced, promises,"
                        + " communication, systems, workload, processes, facilities]");
        assertProblem(
                files -> replace(files, "workshops/customer-path/guide.json", "\"bounced\"", "\"queues\""),
                "workshops/customer-path/guide.json",
                0,
                "unknown theme \"queues\": use one of [waiting,");
    }

    @Test
    void themesThatAreNotAListOfTextsAreNamed() {
        assertProblem(
                files -> replace(
                        files, "workshops/customer-path/guide.json", "[\"bounced\", \"processes\"]", "\"bounced\""),
                "workshops/customer-path/guide.json",
                0,
                "\"themes\" must be a list of texts");
    }

    /** "What to work on next" recommends content for the themes customers complain about: each needs an answer. */
    @Test
    void everyCommentThemeIsAnsweredByAStaffModuleAndTheirThemesAreRead() {
        ContentParser.Result result = ContentParser.parse(REAL);

        assertThat(result.catalogue().modules().get("no-bouncing").themes())
                .containsExactly(Theme.BOUNCED, Theme.PROCESSES);
        assertThat(result.catalogue().guides().get("customer-path").themes())
                .containsExactly(Theme.BOUNCED, Theme.PROCESSES);
        assertThat(result.catalogue().modules().values().stream()
                        .filter(m -> m.audience() != Audience.SUPERVISOR)
                        .flatMap(m -> m.themes().stream())
                        .distinct())
                .containsExactlyInAnyOrder(Theme.values());
    }

    @Test
    void aQuizQuestionWithNoCorrectAnswerIsNamed() {
        assertProblem(
                files -> files.put(
                        "modules/no-bouncing/en/06-quiz.json",
                        files.get("modules/no-bouncing/en/06-quiz.json")
                                .replace("\"correct\": true", "\"correct\": false")),
                "modules/no-bouncing/en/06-quiz.json",
                0,
                "question 1 has no correct answer");
    }

    @Test
    void aMultipleChoiceQuestionThatRepeatsThePlayersInstructionIsNamed() {
        assertProblem(
                files -> replace(
                        files,
                        "modules/six-internal-factors/fi/07-quiz.json",
                        "Mitkä seuraavista kuuluvat kuuteen sisäiseen tekijään, jotka asiakas näkee?",
                        "Mitkä seuraavista kuuluvat kuuteen sisäiseen tekijään, jotka asiakas näkee? Valitse kaikki"
                                + " oikeat."),
                "modules/six-internal-factors/fi/07-quiz.json",
                0,
                "question 2 tells the learner to valitse kaikki: the player says \"valitse kaikki sopivat\" beside"
                        + " every multiple-choice question, so leave it out of the text");
    }

    @Test
    void feedbackThatBeginsWithThePlayersVerdictIsNamed() {
        assertProblem(
                files -> replace(
                        files,
                        "modules/reading-customer-feedback/en/05-scenario.json",
                        "\"feedback\": \"",
                        "\"feedback\": \"Good choice. "),
                "modules/reading-customer-feedback/en/05-scenario.json",
                0,
                "choice 1's feedback begins with \"Good choice.\": the player shows \"A good choice.\" above it, so"
                        + " begin with the reason");
    }

    @Test
    void aPassMarkOutOfRangeIsNamed() {
        assertProblem(
                files -> replace(files, "modules/no-bouncing/module.json", "\"passMark\": 80", "\"passMark\": 180"),
                "modules/no-bouncing/module.json",
                0,
                "\"passMark\" is 180, out of range: it must be from 0 to 100");
    }

    @Test
    void aVersionThatIsNotMajorDotMinorIsNamed() {
        assertProblem(
                files -> replace(
                        files, "modules/no-bouncing/module.json", "\"version\": \"1.0\"", "\"version\": \"v2\""),
                "modules/no-bouncing/module.json",
                0,
                "\"version\" is \"v2\": write it as MAJOR.MINOR, like 1.0 or 2.1");
    }

    @Test
    void aBrokenLinkBetweenStepsIsNamedWithItsLine() {
        assertProblem(
                files -> files.put(
                        "modules/no-bouncing/en/01-lesson.md", "# Title\n\nSome text.\nSee [later](step:09).\n"),
                "modules/no-bouncing/en/01-lesson.md",
                4,
                "broken link to step 09: the module has 7 steps");
    }

    @Test
    void invalidJsonIsNamedWithItsLine() {
        assertProblem(
                files -> files.put("modules/no-bouncing/en/05-scenario.json", "{\n  \"title\": \"x\",\n  oops\n}"),
                "modules/no-bouncing/en/05-scenario.json",
                3,
                "invalid JSON");
    }

    @Test
    void aGapInTheStepsAndAStepWithoutTitleAreNamed() {
        assertProblem(
                files -> {
                    files.put("modules/no-bouncing/fi/09-lesson.md", "# Yli\n\nteksti");
                    files.put("modules/no-bouncing/en/09-lesson.md", "# Over\n\ntext");
                },
                "modules/no-bouncing/en/09-lesson.md",
                0,
                "step 08 is missing");
        assertProblem(
                files -> files.put("modules/no-bouncing/en/01-lesson.md", "No title here\n\ntext"),
                "modules/no-bouncing/en/01-lesson.md",
                1,
                "the first line must be the step's title, written \"# Title\"");
    }

    @Test
    void aWorkshopAgendaThatDoesNotAddUpIsNamed() {
        assertProblem(
                files -> replace(files, "workshops/customer-path/guide.json", "\"minutes\": 105", "\"minutes\": 100"),
                "workshops/customer-path/en.json",
                0,
                "the agenda adds up to 105 minutes but guide.json says 100");
    }

    @Test
    void anAgendaStepWithAnUnknownToolOrAToolInOneLanguageOnlyIsNamed() {
        assertProblem(
                files -> replace(
                        files,
                        "workshops/customer-path/en.json",
                        "\"kind\": \"exercise\",",
                        "\"kind\": \"exercise\", \"tool\": \"whiteboard\","),
                "workshops/customer-path/en.json",
                0,
                "agenda step 2 has unknown tool \"whiteboard\": use one of [path-map, dot-vote]");
        Map<String, String> files = new HashMap<>(REAL);
        replace(
                files,
                "workshops/customer-path/en.json",
                "\"kind\": \"exercise\",",
                "\"kind\": \"exercise\", \"tool\": \"path-map\",");

        ContentParser.Result result = ContentParser.parse(files);

        assertThat(result.problems())
                .extracting(ContentProblem::message)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("the agenda differs from fi.json: [intro 10, exercise 10 path-map,"));
    }

    @Test
    void invalidContentLoadsNothingAtAll() {
        Map<String, String> files = new HashMap<>(REAL);
        replace(files, "modules/no-bouncing/module.json", "\"passMark\": 80", "\"passMark\": -1");

        ContentParser.Result result = ContentParser.parse(files);

        assertThat(result.valid()).isFalse();
        assertThat(result.catalogue().modules()).doesNotContainKey("no-bouncing");
    }

    private static void replace(Map<String, String> files, String file, String from, String to) {
        String text = files.get(file);
        assertThat(text).as(file).contains(from);
        files.put(file, text.replace(from, to));
    }

    private static void assertProblem(Consumer<Map<String, String>> breakIt, String file, int line, String message) {
        Map<String, String> files = new HashMap<>(REAL);
        breakIt.accept(files);

        List<ContentProblem> problems = ContentParser.parse(files).problems();

        assertThat(problems).as("problems after breaking " + file).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(message);
        });
    }
}
