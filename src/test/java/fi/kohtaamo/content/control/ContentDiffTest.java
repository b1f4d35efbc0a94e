package fi.kohtaamo.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.content.entity.GuideContent.AgendaStep;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.Step;
import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentDiffTest {

    private static final LocalizedText TITLE = new LocalizedText("Ei pallottelua", "Ingen bollning", "No bouncing");

    private static ModuleContent module(int passMark, List<Step> steps) {
        return new ModuleContent(
                "m",
                "1.0",
                Audience.EMPLOYEE,
                20,
                passMark,
                List.of(),
                Set.of(),
                Set.of(),
                TITLE,
                TITLE,
                Map.of("en", steps, "fi", steps),
                Map.of(),
                "hash");
    }

    private static Step.Question question(String text) {
        return new Step.Question(
                text, false, List.of(new Step.Option("yes", true), new Step.Option("no", false)), "Because.");
    }

    private static final List<Step.Choice> CHOICES = List.of(
            new Step.Choice("Send them on", false, "They wait again."),
            new Step.Choice("Walk them over", true, "They are looked after."));

    private static List<Step> before() {
        return List.of(
                new Step.Lesson("Intro", "A customer arrives.\n\nShe is sent on.\n\nAnd on."),
                new Step.Lesson("Warm hand-over", "Carry the matter.\n\nIntroduce the customer."),
                new Step.Scenario("At the desk", "A man with a kit.", "What do you do?", CHOICES),
                new Step.Quiz(
                        "Check",
                        List.of(question("Q1?"), question("Q2?"), question("Q3?"), question("Q4?"), question("Q5?"))),
                new Step.Reflection("Your desk", "When did you last send someone on?"));
    }

    @Test
    void addedRenamedAndChangedStepsAreSaidInWords() {
        List<Step> after = List.of(
                new Step.Lesson("Intro", "A customer arrives.\n\nShe is sent on, twice.\n\nAnd on.\n\nThe end."),
                new Step.Lesson("The warm hand-over", "Carry the matter.\n\nIntroduce the customer."),
                new Step.Lesson("Saying no well", "Sometimes the answer is no."),
                new Step.Scenario("At the desk", "A man with a kit.", "What do you do?", CHOICES),
                new Step.Quiz(
                        "Check",
                        List.of(
                                question("Q1?"),
                                question("Q2, reworded?"),
                                question("Q3?"),
                                question("Q4?"),
                                question("Q5?"),
                                question("Q6?"))),
                new Step.Reflection("Your desk", "When did you last walk someone over?"));

        List<String> words =
                ContentDiff.words(ContentDiff.modules(module(80, before()), module(70, after), "en"), Locale.ENGLISH);

        assertThat(words)
                .containsExactly(
                        "Pass mark changed from 80 % to 70 %",
                        "Step 1 “Intro” changed: one paragraph added, one paragraph changed",
                        "Step 2 “The warm hand-over” changed: renamed from “Warm hand-over”",
                        "Step 5 “Check” changed: one question added, one question changed",
                        "Step 6 “Your desk” changed: prompt reworded",
                        "Step 3 added: “Saying no well”");
    }

    @Test
    void aRemovedStepAndAScenarioWithAnotherChoiceAreNamedInFinnishToo() {
        List<Step> after = List.of(
                before().get(0),
                new Step.Scenario(
                        "At the desk",
                        "A man with a kit.",
                        "What do you do?",
                        List.of(
                                CHOICES.get(0),
                                CHOICES.get(1),
                                new Step.Choice("Call the colleague", true, "The matter moves."))),
                before().get(3),
                before().get(4));

        ModuleContent older = module(80, before());
        ModuleContent newer = module(80, after);

        assertThat(ContentDiff.words(ContentDiff.modules(older, newer, "en"), Locale.ENGLISH))
                .containsExactly("Step 2 “At the desk” changed: one choice added", "Step 2 removed: “Warm hand-over”");
        assertThat(ContentDiff.words(ContentDiff.modules(older, newer, "fi"), Locale.forLanguageTag("fi")))
                .containsExactly(
                        "Vaihe 2 “At the desk” muuttui: yksi vaihtoehto lisätty",
                        "Vaihe 2 poistettu: “Warm hand-over”");
    }

    @Test
    void theSameContentHasNoChanges() {
        assertThat(ContentDiff.modules(module(80, before()), module(80, before()), "en"))
                .isEmpty();
    }

    @Test
    void aWorkshopAgendaSaysWhatMovedWasRemovedAndChanged() {
        AgendaStep start = new AgendaStep("intro", "Start", 10, "Welcome.", List.of(), null);
        AgendaStep map = new AgendaStep("exercise", "Map", 15, "Draw the map.", List.of("Where?", "When?"), "path-map");
        AgendaStep talk = new AgendaStep("discussion", "Talk", 15, "Talk it over.", List.of(), null);
        AgendaStep extra = new AgendaStep("exercise", "Extra", 10, "More.", List.of(), null);
        AgendaStep commit = new AgendaStep("commitments", "Commit", 10, "Agree.", List.of("Who?"), null);
        GuideContent older = guide(60, List.of(start, map, talk, extra, commit));
        GuideContent newer = guide(
                55,
                List.of(
                        new AgendaStep(
                                "exercise", "Map", 15, "Draw the map.", List.of("Where?", "When?", "Who?"), "path-map"),
                        new AgendaStep("discussion", "Talk", 20, "Talk it over.", List.of(), null),
                        start,
                        commit));

        assertThat(ContentDiff.words(ContentDiff.guides(older, newer, "en"), Locale.ENGLISH))
                .containsExactly(
                        "Length changed from 60 to 55 minutes",
                        "Step 1 “Map” changed: one discussion question added",
                        "Step 2 “Talk” changed: from 15 to 20 minutes",
                        "Step 3 “Start” moved from step 1",
                        "Step 4 removed: “Extra”");
    }

    private static GuideContent guide(int minutes, List<AgendaStep> agenda) {
        GuideContent.Body body = new GuideContent.Body("Why we meet.", "The team.", List.of("Paper"), agenda);
        return new GuideContent(
                "g", "1.0", minutes, List.of(), Set.of(), Set.of(), TITLE, TITLE, Map.of("en", body), Map.of(), "hash");
    }
}
