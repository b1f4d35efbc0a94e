package fi.kohtaamo.content.control;

import static fi.kohtaamo.content.control.ContentReader.hash;

import fi.kohtaamo.content.control.ContentReader.Fields;
import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.Step;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a module from {@code modules/<id>/}: its manifest, and its steps in each language (lessons and reflections
 * in Markdown, scenarios and quizzes in JSON), which must be the same steps in Finnish, English and, where the module
 * has an {@code sv/} folder, Swedish, with the same choices, questions and options.
 *
 * @param moduleIds the modules a prerequisite may name, or null to not look for them (a stored version was valid when
 *     stored, and its prerequisites are other modules)
 */
record ModuleParser(ContentReader content, Set<String> moduleIds) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern STEP_FILE = Pattern.compile("(\\d{2})-([a-z]+)\\.(md|json)");

    /** The module, or null if any problem was found in it. */
    ModuleContent module(String id) {
        String dir = "modules/" + id + "/";
        int before = content.problems.size();
        if (!ID.matcher(id).matches()) {
            content.problem(dir, 0, "a module id is lower case letters, digits and hyphens, like no-bouncing");
        }
        String file = dir + "module.json";
        Fields m = content.object(file);
        if (m == null) {
            return null;
        }
        m.id(id, "folder");
        String label = m.version();
        Audience audience = m.audience("audience");
        int minutes = m.number("minutes", 1, 120);
        int passMark = m.number("passMark", 0, 100);
        List<String> prerequisites = m.modules("prerequisites", false, moduleIds, "prerequisite");
        if (prerequisites.contains(id)) {
            content.problem(file, 0, "a module cannot be its own prerequisite");
        }
        Set<Factor> factors = m.factors();
        Set<Theme> themes = m.themes();
        boolean swedish = !stepFileNames(dir + ContentReader.SWEDISH + "/").isEmpty();
        String why = "the module has Swedish steps in " + dir + ContentReader.SWEDISH + "/";
        LocalizedText title = m.localized("title", swedish, why);
        LocalizedText summary = m.localized("summary", swedish, why);

        Map<String, List<Step>> steps = new LinkedHashMap<>();
        Map<String, List<String>> stepFiles = new LinkedHashMap<>();
        for (String language : ContentReader.LANGUAGES) {
            List<String> names = stepFileNames(dir + language + "/");
            if (names.isEmpty()) {
                if (ContentReader.REQUIRED.contains(language)) {
                    stepFiles.put(language, names);
                    content.problem(dir + language + "/", 0, "missing language " + language + ": no step files");
                }
                continue;
            }
            stepFiles.put(language, names);
            steps.put(language, steps(dir + language + "/", names));
        }
        compareLanguages(dir, stepFiles);
        if (content.problems.size() == before) {
            compareShapes(dir, stepFiles, steps);
        }
        steps.values().stream().findFirst().ifPresent(first -> {
            if (first.stream().noneMatch(s -> s.kind() == Step.Kind.QUIZ)) {
                content.problem(dir, 0, "a module needs a quiz: its pass mark is measured by the quiz");
            }
        });
        if (content.problems.size() > before) {
            return null;
        }
        Map<String, String> own = content.ownFiles(dir);
        return new ModuleContent(
                id,
                label,
                audience,
                minutes,
                passMark,
                prerequisites,
                factors,
                themes,
                title,
                summary,
                steps,
                own,
                hash(own));
    }

    private List<String> stepFileNames(String languageDir) {
        return content.files.keySet().stream()
                .filter(p -> p.startsWith(languageDir) && p.indexOf('/', languageDir.length()) < 0)
                .map(p -> p.substring(languageDir.length()))
                .sorted()
                .toList();
    }

    private List<Step> steps(String languageDir, List<String> names) {
        List<Step> steps = new ArrayList<>();
        int expected = 1;
        for (String name : names) {
            String file = languageDir + name;
            Matcher matcher = STEP_FILE.matcher(name);
            if (!matcher.matches()) {
                content.problem(file, 0, "a step file is named NN-kind.md or NN-kind.json, like 01-lesson.md");
                continue;
            }
            int number = Integer.parseInt(matcher.group(1));
            if (number != expected) {
                content.problem(
                        file,
                        0,
                        "step " + String.format("%02d", expected)
                                + " is missing: steps are numbered 01, 02, … without gaps");
                expected = number;
            }
            expected++;
            Step step = step(file, matcher.group(2), matcher.group(3), names.size());
            if (step != null) {
                steps.add(step);
            }
        }
        return steps;
    }

    private Step step(String file, String kind, String extension, int stepCount) {
        String expectedExtension = switch (kind) {
            case "lesson", "reflection" -> "md";
            case "scenario", "quiz" -> "json";
            default -> null;
        };
        if (expectedExtension == null) {
            content.problem(file, 0, "unknown step kind \"" + kind + "\": use lesson, scenario, quiz or reflection");
            return null;
        }
        if (!expectedExtension.equals(extension)) {
            content.problem(file, 0, "a " + kind + " step is a ." + expectedExtension + " file");
            return null;
        }
        return switch (kind) {
            case "lesson", "reflection" -> markdown(file, kind, stepCount);
            case "scenario" -> scenario(file);
            default -> quiz(file);
        };
    }

    /** A lesson or reflection: its title (the first line, "# Title") and body; checks its links to other steps. */
    private Step markdown(String file, String kind, int stepCount) {
        String text = content.files.get(file).replace("\r\n", "\n");
        String firstLine = text.lines().findFirst().orElse("");
        if (!firstLine.startsWith("# ") || firstLine.substring(2).isBlank()) {
            content.problem(file, 1, "the first line must be the step's title, written \"# Title\"");
            return null;
        }
        String body = text.substring(firstLine.length()).strip();
        if (body.isEmpty()) {
            content.problem(file, 2, "the step has a title but no text");
            return null;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher link = Markdown.STEP_LINK.matcher(lines[i]);
            while (link.find()) {
                int target = Integer.parseInt(link.group(1));
                if (target < 1 || target > stepCount) {
                    content.problem(
                            file,
                            i + 1,
                            "broken link to step " + link.group(1) + ": the module has " + stepCount + " steps");
                }
            }
        }
        String title = firstLine.substring(2).strip();
        return kind.equals("lesson") ? new Step.Lesson(title, body) : new Step.Reflection(title, body);
    }

    private Step.Scenario scenario(String file) {
        Fields r = content.object(file);
        if (r == null) {
            return null;
        }
        List<Step.Choice> choices = new ArrayList<>();
        r.each("choices", (c, i) -> {
            String feedback = c.text("feedback");
            saysWhatThePlayerSays(
                    file, "choice " + (i + 1) + "'s feedback", feedback, "player.goodChoice", "player.weakChoice");
            choices.add(new Step.Choice(c.text("text"), c.bool("good"), feedback));
        });
        if (choices.size() < 3 || choices.size() > 4) {
            content.problem(file, 0, "a scenario has 3 or 4 choices, this one has " + choices.size());
        }
        if (choices.stream().noneMatch(Step.Choice::good)) {
            content.problem(file, 0, "a scenario needs at least one good choice (\"good\": true)");
        }
        return new Step.Scenario(r.text("title"), r.text("situation"), r.text("question"), choices);
    }

    private Step.Quiz quiz(String file) {
        Fields r = content.object(file);
        if (r == null) {
            return null;
        }
        List<Step.Question> questions = new ArrayList<>();
        r.each("questions", (q, i) -> {
            boolean multiple = q.bool("multiple");
            List<Step.Option> options = new ArrayList<>();
            q.each("options", (o, j) -> options.add(new Step.Option(o.text("text"), o.bool("correct"))));
            long correct = options.stream().filter(Step.Option::correct).count();
            String where = "question " + (i + 1);
            if (options.size() < 2) {
                content.problem(file, 0, where + " needs at least two options");
            } else if (correct == 0) {
                content.problem(file, 0, where + " has no correct answer");
            } else if (!multiple && correct > 1) {
                content.problem(
                        file,
                        0,
                        where + " is single-choice but has " + correct + " correct answers (set \"multiple\": true)");
            }
            String text = q.text("text");
            // "(choose all that apply)": its first two words catch the ways of saying it ("choose all the right ones").
            String instruction =
                    playerText(file, "player.chooseAll").replaceAll("[()]", "").strip();
            String gist = String.join(" ", List.of(instruction.split("\\s+")).subList(0, 2));
            if (multiple && text.toLowerCase(Locale.ROOT).contains(gist.toLowerCase(Locale.ROOT))) {
                content.problem(
                        file,
                        0,
                        where + " tells the learner to " + gist + ": the player says \"" + instruction
                                + "\" beside every multiple-choice question, so leave it out of the text");
            }
            String explanation = q.text("explanation");
            saysWhatThePlayerSays(file, where + "'s explanation", explanation, "player.right", "player.wrong");
            questions.add(new Step.Question(text, multiple, options, explanation));
        });
        if (questions.size() < 5) {
            content.problem(file, 0, "a quiz has at least 5 questions, this one has " + questions.size());
        }
        return new Step.Quiz(r.text("title"), questions);
    }

    /**
     * Names a feedback or explanation whose first sentence is the verdict the player already shows above it in bold
     * ("A good choice.", "Right."), which would read twice.
     */
    private void saysWhatThePlayerSays(String file, String where, String text, String... verdictKeys) {
        String first = text.strip().split("(?<=[.!?])\\s", 2)[0];
        String bare = first.replaceAll("[.!?]+$", "").strip().toLowerCase(Locale.ROOT);
        for (String verdictKey : verdictKeys) {
            String verdict = playerText(file, verdictKey);
            if (!bare.isEmpty() && verdict.toLowerCase(Locale.ROOT).contains(bare)) {
                content.problem(
                        file,
                        0,
                        where + " begins with \"" + first + "\": the player shows \"" + verdict
                                + "\" above it, so begin with the reason");
            }
        }
    }

    /** A text the module player shows, in the language of the step file ({@code modules/<id>/<language>/...}). */
    private static String playerText(String file, String key) {
        String[] parts = file.split("/");
        String language = parts.length >= 2 ? parts[parts.length - 2] : "en";
        return ResourceBundle.getBundle(
                        "fi.kohtaamo.i18n.messages",
                        Locale.forLanguageTag(language),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }

    /**
     * Names each step file that one language has and another has not: Finnish and English against each other, and
     * Swedish, where written, against Finnish.
     */
    private void compareLanguages(String dir, Map<String, List<String>> stepFiles) {
        if (stepFiles.get("fi").isEmpty() || stepFiles.get("en").isEmpty()) {
            return;
        }
        List<List<String>> pairs = new ArrayList<>(List.of(List.of("fi", "en"), List.of("en", "fi")));
        if (stepFiles.containsKey(ContentReader.SWEDISH)) {
            pairs.add(List.of(ContentReader.SWEDISH, "fi"));
            pairs.add(List.of("fi", ContentReader.SWEDISH));
        }
        for (List<String> pair : pairs) {
            String language = pair.get(0);
            String other = pair.get(1);
            for (String name : new TreeSet<>(stepFiles.get(language))) {
                if (!stepFiles.get(other).contains(name)) {
                    content.problem(
                            dir + language + "/" + name,
                            0,
                            "missing language " + other + ": there is no " + dir + other + "/" + name);
                }
            }
        }
    }

    /**
     * Names each scenario or quiz of another language whose choices, questions or options differ from the Finnish
     * one's in number or in which are good or correct: progress and scores are kept by position, so every language must
     * offer the same.
     */
    private void compareShapes(String dir, Map<String, List<String>> stepFiles, Map<String, List<Step>> steps) {
        List<Step> finnish = steps.get("fi");
        for (String language : steps.keySet()) {
            List<Step> other = steps.get(language);
            if (language.equals("fi") || other.size() != finnish.size()) {
                continue;
            }
            for (int i = 0; i < finnish.size(); i++) {
                String name = stepFiles.get(language).get(i);
                String file = dir + language + "/" + name;
                String original = dir + "fi/" + name;
                if (finnish.get(i) instanceof Step.Scenario fi && other.get(i) instanceof Step.Scenario translated) {
                    compareChoices(file, original, fi.choices(), translated.choices());
                } else if (finnish.get(i) instanceof Step.Quiz fi && other.get(i) instanceof Step.Quiz translated) {
                    compareQuestions(file, original, fi.questions(), translated.questions());
                }
            }
        }
    }

    private void compareChoices(String file, String original, List<Step.Choice> fi, List<Step.Choice> translated) {
        if (fi.size() != translated.size()) {
            content.problem(
                    file,
                    0,
                    "the scenario has " + translated.size() + " choices but " + original + " has " + fi.size()
                            + ": every language offers the same choices in the same order");
            return;
        }
        for (int i = 0; i < fi.size(); i++) {
            if (fi.get(i).good() != translated.get(i).good()) {
                content.problem(
                        file,
                        0,
                        "choice " + (i + 1) + " is \"good\": "
                                + translated.get(i).good() + " but " + fi.get(i).good() + " in " + original);
            }
        }
    }

    private void compareQuestions(
            String file, String original, List<Step.Question> fi, List<Step.Question> translated) {
        if (fi.size() != translated.size()) {
            content.problem(
                    file,
                    0,
                    "the quiz has " + translated.size() + " questions but " + original + " has " + fi.size()
                            + ": every language asks the same questions in the same order");
            return;
        }
        for (int i = 0; i < fi.size(); i++) {
            List<Step.Option> fiOptions = fi.get(i).options();
            List<Step.Option> options = translated.get(i).options();
            String where = "question " + (i + 1);
            if (fiOptions.size() != options.size()) {
                content.problem(
                        file,
                        0,
                        where + " has " + options.size() + " options but " + fiOptions.size() + " in " + original);
                continue;
            }
            for (int j = 0; j < options.size(); j++) {
                if (fiOptions.get(j).correct() != options.get(j).correct()) {
                    content.problem(
                            file,
                            0,
                            where + "'s option " + (j + 1) + " is \"correct\": "
                                    + options.get(j).correct() + " but "
                                    + fiOptions.get(j).correct() + " in " + original);
                }
            }
        }
    }
}
