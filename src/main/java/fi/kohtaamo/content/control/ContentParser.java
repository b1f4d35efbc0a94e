package fi.kohtaamo.content.control;

import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.content.entity.Catalogue;
import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.Step;
import fi.kohtaamo.content.entity.TrackContent;
import fi.kohtaamo.platform.i18n.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates the content files: modules, tracks and workshop guides (see {@code content/README.md} for the
 * format). Every problem found is reported with the file, the line where one can be named, and what is wrong; the
 * catalogue holds only what is valid, and callers refuse to use it at all while any problem remains.
 *
 * <p>Usage: {@code ContentParser.Result result = ContentParser.parse(ContentFiles.read(dir));}
 */
public final class ContentParser {

    public static final List<String> AGENDA_KINDS =
            List.of("intro", "exercise", "discussion", "summary", "commitments");

    /** The languages all content is written in; a title or a summary may also be written in Swedish ({@code sv}). */
    private static final List<String> LANGUAGES = List.of("fi", "en");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern STEP_FILE = Pattern.compile("(\\d{2})-([a-z]+)\\.(md|json)");
    private static final Pattern STEP_LINK = Pattern.compile("\\]\\(step:(\\d{2})\\)");

    /** What was read: the valid content, and every problem found. */
    public record Result(Catalogue catalogue, List<ContentProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final Map<String, String> files;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final boolean snapshot;

    private ContentParser(Map<String, String> files, boolean snapshot) {
        this.files = new TreeMap<>(files);
        this.snapshot = snapshot;
    }

    /**
     * Parses content files given as relative path (with forward slashes, e.g. {@code modules/x/module.json}) to text.
     */
    public static Result parse(Map<String, String> files) {
        return new ContentParser(files, false).parseAll();
    }

    /**
     * Parses one module from the files of a stored version (which were valid when stored; its prerequisites are
     * other modules and are not looked for).
     *
     * @throws IllegalStateException if the files do not make a valid module
     */
    public static ModuleContent storedModule(String id, Map<String, String> files) {
        ContentParser parser = new ContentParser(files, true);
        ModuleContent module = parser.module(id, Set.of());
        if (module == null) {
            throw new IllegalStateException("Stored module " + id + " is invalid: " + parser.problems);
        }
        return module;
    }

    private Result parseAll() {
        Set<String> moduleIds = folders("modules/");
        Map<String, ModuleContent> modules = new TreeMap<>();
        for (String id : moduleIds) {
            ModuleContent module = module(id, moduleIds);
            if (module != null) {
                modules.put(id, module);
            }
        }
        Map<String, TrackContent> tracks = new TreeMap<>();
        for (String path : files.keySet()) {
            if (path.startsWith("tracks/") && path.endsWith(".json") && path.indexOf('/', 7) < 0) {
                TrackContent track = track(path, moduleIds);
                if (track != null) {
                    tracks.put(track.id(), track);
                }
            }
        }
        Map<String, GuideContent> guides = new TreeMap<>();
        for (String id : folders("workshops/")) {
            GuideContent guide = guide(id, moduleIds);
            if (guide != null) {
                guides.put(id, guide);
            }
        }
        return new Result(new Catalogue(modules, tracks, guides), List.copyOf(problems));
    }

    // --- Modules ---------------------------------------------------------------------------------------------

    private ModuleContent module(String id, Set<String> moduleIds) {
        String dir = "modules/" + id + "/";
        int before = problems.size();
        if (!ID.matcher(id).matches()) {
            problem(dir, 0, "a module id is lower case letters, digits and hyphens, like no-bouncing");
        }
        JsonObject manifest = json(dir + "module.json", true);
        if (manifest == null) {
            return null;
        }
        String file = dir + "module.json";
        Reader m = new Reader(file, manifest);
        if (!id.equals(m.text("id"))) {
            problem(file, 0, "id \"" + m.text("id") + "\" does not match the folder name \"" + id + "\"");
        }
        String label = m.text("version");
        Audience audience = m.audience("audience");
        int minutes = m.number("minutes", 1, 120);
        int passMark = m.number("passMark", 0, 100);
        List<String> prerequisites = m.strings("prerequisites", false);
        for (String prerequisite : prerequisites) {
            if (!snapshot && !moduleIds.contains(prerequisite)) {
                problem(file, 0, "unknown prerequisite \"" + prerequisite + "\": there is no modules/" + prerequisite);
            } else if (prerequisite.equals(id)) {
                problem(file, 0, "a module cannot be its own prerequisite");
            }
        }
        Set<Factor> factors = factors(m, file);
        LocalizedText title = m.localized("title");
        LocalizedText summary = m.localized("summary");

        Map<String, List<Step>> steps = new LinkedHashMap<>();
        Map<String, List<String>> stepFiles = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            List<String> names = stepFileNames(dir + language + "/");
            stepFiles.put(language, names);
            if (names.isEmpty()) {
                problem(dir + language + "/", 0, "missing language " + language + ": no step files");
                continue;
            }
            steps.put(language, steps(dir + language + "/", names));
        }
        compareLanguages(dir, stepFiles);
        steps.values().stream().findFirst().ifPresent(first -> {
            if (first.stream().noneMatch(s -> s.kind() == Step.Kind.QUIZ)) {
                problem(dir, 0, "a module needs a quiz: its pass mark is measured by the quiz");
            }
        });
        if (problems.size() > before) {
            return null;
        }
        Map<String, String> own = ownFiles(dir);
        return new ModuleContent(
                id, label, audience, minutes, passMark, prerequisites, factors, title, summary, steps, own, hash(own));
    }

    private List<String> stepFileNames(String languageDir) {
        return files.keySet().stream()
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
                problem(file, 0, "a step file is named NN-kind.md or NN-kind.json, like 01-lesson.md");
                continue;
            }
            int number = Integer.parseInt(matcher.group(1));
            if (number != expected) {
                problem(
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
            problem(file, 0, "unknown step kind \"" + kind + "\": use lesson, scenario, quiz or reflection");
            return null;
        }
        if (!expectedExtension.equals(extension)) {
            problem(file, 0, "a " + kind + " step is a ." + expectedExtension + " file");
            return null;
        }
        return switch (kind) {
            case "lesson" -> {
                String[] titleAndBody = markdown(file, stepCount);
                yield titleAndBody == null ? null : new Step.Lesson(titleAndBody[0], titleAndBody[1]);
            }
            case "reflection" -> {
                String[] titleAndBody = markdown(file, stepCount);
                yield titleAndBody == null ? null : new Step.Reflection(titleAndBody[0], titleAndBody[1]);
            }
            case "scenario" -> scenario(file);
            default -> quiz(file);
        };
    }

    /** Title (from the first line, "# Title") and body of a Markdown step; checks its links to other steps. */
    private String[] markdown(String file, int stepCount) {
        String text = files.get(file).replace("\r\n", "\n");
        String firstLine = text.lines().findFirst().orElse("");
        if (!firstLine.startsWith("# ") || firstLine.substring(2).isBlank()) {
            problem(file, 1, "the first line must be the step's title, written \"# Title\"");
            return null;
        }
        String body = text.substring(firstLine.length()).strip();
        if (body.isEmpty()) {
            problem(file, 2, "the step has a title but no text");
            return null;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher link = STEP_LINK.matcher(lines[i]);
            while (link.find()) {
                int target = Integer.parseInt(link.group(1));
                if (target < 1 || target > stepCount) {
                    problem(
                            file,
                            i + 1,
                            "broken link to step " + link.group(1) + ": the module has " + stepCount + " steps");
                }
            }
        }
        return new String[] {firstLine.substring(2).strip(), body};
    }

    private Step.Scenario scenario(String file) {
        JsonObject json = json(file, true);
        if (json == null) {
            return null;
        }
        Reader r = new Reader(file, json);
        List<Step.Choice> choices = new ArrayList<>();
        JsonArray array = r.array("choices");
        for (int i = 0; i < array.size(); i++) {
            Reader c = r.element("choices", array, i);
            if (c != null) {
                String feedback = c.text("feedback");
                saysWhatThePlayerSays(file, "choice " + (i + 1) + "'s feedback", feedback, "player.goodChoice");
                saysWhatThePlayerSays(file, "choice " + (i + 1) + "'s feedback", feedback, "player.weakChoice");
                choices.add(new Step.Choice(c.text("text"), c.bool("good"), feedback));
            }
        }
        if (choices.size() < 3 || choices.size() > 4) {
            problem(file, 0, "a scenario has 3 or 4 choices, this one has " + choices.size());
        }
        if (choices.stream().noneMatch(Step.Choice::good)) {
            problem(file, 0, "a scenario needs at least one good choice (\"good\": true)");
        }
        return new Step.Scenario(r.text("title"), r.text("situation"), r.text("question"), choices);
    }

    private Step.Quiz quiz(String file) {
        JsonObject json = json(file, true);
        if (json == null) {
            return null;
        }
        Reader r = new Reader(file, json);
        List<Step.Question> questions = new ArrayList<>();
        JsonArray array = r.array("questions");
        for (int i = 0; i < array.size(); i++) {
            Reader q = r.element("questions", array, i);
            if (q == null) {
                continue;
            }
            boolean multiple = q.bool("multiple");
            List<Step.Option> options = new ArrayList<>();
            JsonArray optionArray = q.array("options");
            for (int j = 0; j < optionArray.size(); j++) {
                Reader o = q.element("options", optionArray, j);
                if (o != null) {
                    options.add(new Step.Option(o.text("text"), o.bool("correct")));
                }
            }
            long correct = options.stream().filter(Step.Option::correct).count();
            String where = "question " + (i + 1);
            if (options.size() < 2) {
                problem(file, 0, where + " needs at least two options");
            } else if (correct == 0) {
                problem(file, 0, where + " has no correct answer");
            } else if (!multiple && correct > 1) {
                problem(
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
                problem(
                        file,
                        0,
                        where + " tells the learner to " + gist + ": the player says \"" + instruction
                                + "\" beside every multiple-choice question, so leave it out of the text");
            }
            String explanation = q.text("explanation");
            saysWhatThePlayerSays(file, where + "'s explanation", explanation, "player.right");
            saysWhatThePlayerSays(file, where + "'s explanation", explanation, "player.wrong");
            questions.add(new Step.Question(text, multiple, options, explanation));
        }
        if (questions.size() < 5) {
            problem(file, 0, "a quiz has at least 5 questions, this one has " + questions.size());
        }
        return new Step.Quiz(r.text("title"), questions);
    }

    /**
     * Names a feedback or explanation whose first sentence is the verdict the player already shows above it in bold
     * ("A good choice.", "Right."), which would read twice.
     */
    private void saysWhatThePlayerSays(String file, String where, String text, String verdictKey) {
        String verdict = playerText(file, verdictKey);
        String first = text.strip().split("(?<=[.!?])\\s", 2)[0];
        String bare = first.replaceAll("[.!?]+$", "").strip().toLowerCase(Locale.ROOT);
        if (!bare.isEmpty() && verdict.toLowerCase(Locale.ROOT).contains(bare)) {
            problem(
                    file,
                    0,
                    where + " begins with \"" + first + "\": the player shows \"" + verdict
                            + "\" above it, so begin with the reason");
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

    private void compareLanguages(String dir, Map<String, List<String>> stepFiles) {
        List<String> fi = stepFiles.get("fi");
        List<String> en = stepFiles.get("en");
        if (fi.isEmpty() || en.isEmpty()) {
            return;
        }
        for (String name : new TreeSet<>(fi)) {
            if (!en.contains(name)) {
                problem(dir + "fi/" + name, 0, "missing language en: there is no " + dir + "en/" + name);
            }
        }
        for (String name : new TreeSet<>(en)) {
            if (!fi.contains(name)) {
                problem(dir + "en/" + name, 0, "missing language fi: there is no " + dir + "fi/" + name);
            }
        }
    }

    // --- Tracks ----------------------------------------------------------------------------------------------

    private TrackContent track(String file, Set<String> moduleIds) {
        JsonObject json = json(file, true);
        if (json == null) {
            return null;
        }
        int before = problems.size();
        Reader r = new Reader(file, json);
        String id = file.substring("tracks/".length(), file.length() - ".json".length());
        if (!id.equals(r.text("id"))) {
            problem(file, 0, "id \"" + r.text("id") + "\" does not match the file name \"" + id + "\"");
        }
        Audience audience = r.audience("audience");
        List<String> modules = r.strings("modules", true);
        for (String module : modules) {
            if (!moduleIds.contains(module)) {
                problem(file, 0, "unknown module \"" + module + "\": there is no modules/" + module);
            }
        }
        if (new LinkedHashSet<>(modules).size() != modules.size()) {
            problem(file, 0, "a module is listed twice");
        }
        LocalizedText title = r.localized("title");
        LocalizedText summary = r.localized("summary");
        return problems.size() > before
                ? null
                : new TrackContent(id, audience, title, summary, modules, hash(Map.of(file, files.get(file))));
    }

    // --- Workshop guides -------------------------------------------------------------------------------------

    private GuideContent guide(String id, Set<String> moduleIds) {
        String dir = "workshops/" + id + "/";
        JsonObject manifest = json(dir + "guide.json", true);
        if (manifest == null) {
            return null;
        }
        int before = problems.size();
        String file = dir + "guide.json";
        Reader m = new Reader(file, manifest);
        if (!id.equals(m.text("id"))) {
            problem(file, 0, "id \"" + m.text("id") + "\" does not match the folder name \"" + id + "\"");
        }
        int minutes = m.number("minutes", 15, 480);
        List<String> prework = m.strings("prework", false);
        for (String module : prework) {
            if (!moduleIds.contains(module)) {
                problem(file, 0, "unknown pre-work module \"" + module + "\": there is no modules/" + module);
            }
        }
        Set<Factor> factors = factors(m, file);
        Map<String, GuideContent.Body> bodies = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String bodyFile = dir + language + ".json";
            if (!files.containsKey(bodyFile)) {
                problem(bodyFile, 0, "missing language " + language + ": the guide has no " + language + ".json");
                continue;
            }
            GuideContent.Body body = guideBody(bodyFile, minutes);
            if (body != null) {
                bodies.put(language, body);
            }
        }
        if (bodies.size() == 2) {
            List<String> fiShape = shape(bodies.get("fi"));
            List<String> enShape = shape(bodies.get("en"));
            if (!fiShape.equals(enShape)) {
                problem(dir + "en.json", 0, "the agenda differs from fi.json: " + enShape + " against " + fiShape);
            }
        }
        LocalizedText title = m.localized("title");
        LocalizedText summary = m.localized("summary");
        if (problems.size() > before) {
            return null;
        }
        Map<String, String> own = ownFiles(dir);
        return new GuideContent(id, m.text("version"), minutes, prework, factors, title, summary, bodies, hash(own));
    }

    private GuideContent.Body guideBody(String file, int minutes) {
        JsonObject json = json(file, true);
        if (json == null) {
            return null;
        }
        Reader r = new Reader(file, json);
        List<GuideContent.AgendaStep> agenda = new ArrayList<>();
        JsonArray array = r.array("agenda");
        for (int i = 0; i < array.size(); i++) {
            Reader s = r.element("agenda", array, i);
            if (s == null) {
                continue;
            }
            String kind = s.text("kind");
            if (!AGENDA_KINDS.contains(kind)) {
                problem(
                        file,
                        0,
                        "agenda step " + (i + 1) + " has unknown kind \"" + kind + "\": use one of " + AGENDA_KINDS);
            }
            agenda.add(new GuideContent.AgendaStep(
                    kind, s.text("title"), s.number("minutes", 1, 240), s.text("body"), s.strings("questions", false)));
        }
        if (agenda.isEmpty()) {
            problem(file, 0, "the agenda is empty");
        } else {
            int total =
                    agenda.stream().mapToInt(GuideContent.AgendaStep::minutes).sum();
            if (total != minutes) {
                problem(file, 0, "the agenda adds up to " + total + " minutes but guide.json says " + minutes);
            }
            if (!"commitments".equals(agenda.get(agenda.size() - 1).kind())) {
                problem(file, 0, "the agenda ends with a commitments step");
            }
        }
        return new GuideContent.Body(r.text("purpose"), r.text("audience"), r.strings("materials", false), agenda);
    }

    private static List<String> shape(GuideContent.Body body) {
        return body.agenda().stream().map(s -> s.kind() + " " + s.minutes()).toList();
    }

    // --- Shared ----------------------------------------------------------------------------------------------

    private Set<Factor> factors(Reader reader, String file) {
        Set<Factor> factors = new LinkedHashSet<>();
        for (String factor : new LinkedHashSet<>(reader.strings("factors", false))) {
            if (Factor.ids().contains(factor)) {
                factors.add(Factor.of(factor));
            } else {
                problem(file, 0, "unknown factor \"" + factor + "\": use one of " + Factor.ids());
            }
        }
        return factors;
    }

    /** The first-level folder names under a prefix, e.g. the module ids under {@code modules/}. */
    private Set<String> folders(String prefix) {
        return files.keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) > 0)
                .map(p -> p.substring(prefix.length(), p.indexOf('/', prefix.length())))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Map<String, String> ownFiles(String dir) {
        Map<String, String> own = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(dir)) {
                own.put(path, text);
            }
        });
        return own;
    }

    private JsonObject json(String file, boolean required) {
        String text = files.get(file);
        if (text == null) {
            if (required) {
                problem(file, 0, "the file is missing");
            }
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problem(file, 1, "the file must hold one JSON object { … }");
                return null;
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            problem(file, (int) e.getLocation().getLineNumber(), "invalid JSON: " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            problem(file, 0, "invalid JSON: " + e.getMessage());
            return null;
        }
    }

    static String hash(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void problem(String file, int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    /** Reads fields of one JSON object, reporting every missing or wrong field against its file and path. */
    private final class Reader {

        private final String file;
        private final String path;
        private final JsonObject json;

        Reader(String file, JsonObject json) {
            this(file, "", json);
        }

        private Reader(String file, String path, JsonObject json) {
            this.file = file;
            this.path = path;
            this.json = json;
        }

        private String where(String field) {
            return path.isEmpty() ? "\"" + field + "\"" : path + "." + field;
        }

        String text(String field) {
            JsonValue value = json.get(field);
            if (value instanceof JsonString s && !s.getString().isBlank()) {
                return s.getString().strip();
            }
            problem(file, 0, where(field) + " is missing or empty");
            return "";
        }

        boolean bool(String field) {
            JsonValue value = json.get(field);
            if (value == JsonValue.TRUE) {
                return true;
            }
            if (value == null || value == JsonValue.FALSE) {
                return false;
            }
            problem(file, 0, where(field) + " must be true or false");
            return false;
        }

        int number(String field, int min, int max) {
            JsonValue value = json.get(field);
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                problem(file, 0, where(field) + " must be a whole number from " + min + " to " + max);
                return min;
            }
            int number = n.intValue();
            if (number < min || number > max) {
                problem(
                        file,
                        0,
                        where(field) + " is " + number + ", out of range: it must be from " + min + " to " + max);
            }
            return number;
        }

        Audience audience(String field) {
            String value = text(field);
            try {
                return Audience.valueOf(value.toUpperCase());
            } catch (IllegalArgumentException e) {
                if (!value.isEmpty()) {
                    problem(file, 0, where(field) + " is \"" + value + "\": use supervisor, employee or all");
                }
                return Audience.ALL;
            }
        }

        List<String> strings(String field, boolean required) {
            JsonValue value = json.get(field);
            if (value == null && !required) {
                return List.of();
            }
            if (!(value instanceof JsonArray array)
                    || array.stream().anyMatch(v -> !(v instanceof JsonString))
                    || (required && array.isEmpty())) {
                problem(file, 0, where(field) + " must be a " + (required ? "non-empty " : "") + "list of texts");
                return List.of();
            }
            return array.getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }

        JsonArray array(String field) {
            JsonValue value = json.get(field);
            if (value instanceof JsonArray array) {
                return array;
            }
            problem(file, 0, where(field) + " must be a list");
            return JsonValue.EMPTY_JSON_ARRAY;
        }

        Reader element(String field, JsonArray array, int index) {
            String elementPath = where(field).replace("\"", "") + "[" + (index + 1) + "]";
            if (array.get(index) instanceof JsonObject object) {
                return new Reader(file, elementPath, object);
            }
            problem(file, 0, elementPath + " must be an object { … }");
            return null;
        }

        LocalizedText localized(String field) {
            JsonValue value = json.get(field);
            Map<String, String> texts = new LinkedHashMap<>();
            for (String language : List.of("fi", "sv", "en")) {
                if (value instanceof JsonObject object
                        && object.get(language) instanceof JsonString s
                        && !s.getString().isBlank()) {
                    texts.put(language, s.getString().strip());
                } else if (LANGUAGES.contains(language)) {
                    problem(file, 0, "missing language " + language + " in " + where(field));
                }
            }
            return new LocalizedText(texts.get("fi"), texts.get("sv"), texts.get("en"));
        }
    }
}
