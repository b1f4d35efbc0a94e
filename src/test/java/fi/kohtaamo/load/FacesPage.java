package fi.kohtaamo.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The form posts a browser makes on Kohtaamo's pages, built from a page's HTML as {@code WebClient} builds them in the
 * tests, but with regular expressions instead of a DOM so that the load generator spends little of the shared CPU:
 * the view state, PrimeFaces' Content-Security-Policy nonce (the server refuses a post without it), the pressed
 * button, and for PrimeFaces Ajax the {@code jakarta.faces.partial.*} fields its script adds.
 */
final class FacesPage {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("jakarta.faces.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    private static final Pattern UPDATE =
            Pattern.compile("<update id=\"([^\"]*)\"><!\\[CDATA\\[(.*?)\\]\\]></update>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");
    private static final Pattern QUIZ_FIELD = Pattern.compile("name=\"(player:[^\"]*:(\\d+):(single|multiple))\"");

    private FacesPage() {}

    /** Where a form posts to: its {@code action}, unescaped. */
    static String action(String page, String formId) {
        Matcher matcher = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"")
                .matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No form " + formId + " on the page");
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    /** The sign-in form ({@code prependId="false"}) with the given credentials. */
    static String signIn(String page, String username, String password) {
        Map<String, String> fields = base(page, "login");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("signIn", "signIn");
        return encode(fields);
    }

    /** The sign-out button in the page header. */
    static String signOut(String page) {
        Map<String, String> fields = base(page, "signOutForm");
        fields.put("signOut", "signOut");
        return encode(fields);
    }

    /**
     * The module player's "next" (or "finish") button, sent as a browser sends it: with the options checked on the
     * page (a scenario's choice; a passed quiz's answers are disabled and not sent), and on a reflection step with
     * something written.
     */
    static String next(String page) {
        Map<String, String> fields = base(page, "player");
        Matcher input = INPUT.matcher(page);
        Map<String, String> checked = new LinkedHashMap<>();
        while (input.find()) {
            String tag = input.group();
            String name = attribute(tag, "name");
            if (name != null
                    && name.startsWith("player:")
                    && tag.contains(" checked=")
                    && !tag.contains(" disabled=")) {
                checked.put(name, attribute(tag, "value"));
            }
        }
        fields.putAll(checked);
        if (page.contains("name=\"player:reflection\"")) {
            fields.put("player:reflection", "Tervehdin jonossa odottavaa asiakasta, vaikka olisin kiireinen.");
        }
        fields.put("player:next", "player:next");
        return encode(fields);
    }

    /** Whether the page is a scenario step whose choice has not been checked yet. */
    static boolean scenarioOpen(String page) {
        return page.contains("id=\"player:checkChoice\"") && !page.contains("id=\"feedback\"");
    }

    /** Whether the page is a quiz step not yet passed. */
    static boolean quizOpen(String page) {
        return page.contains("id=\"player:submitQuiz\"");
    }

    /** Whether the page is the module's completion page. */
    static boolean completed(String page) {
        return page.contains("id=\"completed-on\"");
    }

    /** The Ajax post of the scenario's "check" button with the second choice picked. */
    static String checkChoice(String page) {
        Map<String, String> fields = ajax(page, "player:checkChoice", "player:checkChoice player:scenario");
        fields.put("jakarta.faces.partial.render", "player:scenario messages");
        fields.put("player:choice", "1");
        return encode(fields);
    }

    /** The Ajax post of the quiz with every question answered right, as the module's content file says. */
    static String submitQuiz(String page, List<Set<Integer>> rightAnswers) {
        Map<String, String> fields = ajax(page, "player:submitQuiz", "player:submitQuiz player:quiz");
        fields.put("jakarta.faces.partial.render", "player:quiz messages");
        StringBuilder answers = new StringBuilder(encode(fields));
        Matcher matcher = QUIZ_FIELD.matcher(page);
        Set<String> seen = new LinkedHashSet<>();
        while (matcher.find()) {
            if (seen.add(matcher.group(1))) {
                int question = Integer.parseInt(matcher.group(2));
                for (int option : rightAnswers.get(question)) {
                    answers.append('&')
                            .append(url(matcher.group(1)))
                            .append('=')
                            .append(option);
                }
            }
        }
        if (seen.size() != rightAnswers.size()) {
            throw new IllegalStateException(
                    "The quiz shows " + seen.size() + " questions, its content file has " + rightAnswers.size());
        }
        return answers.toString();
    }

    /**
     * The page as it stands after an Ajax answer: the view state it carries put in, and the markup of the parts it
     * updated added at the end (where {@link #next} finds, for instance, the scenario choice now checked).
     */
    static String afterAjax(String partialResponse, String page) {
        String updated = page;
        Matcher state = PARTIAL_VIEW_STATE.matcher(partialResponse);
        if (state.find()) {
            Matcher old = VIEW_STATE.matcher(page);
            if (old.find()) {
                updated = page.replace("value=\"" + old.group(1) + "\"", "value=\"" + state.group(1) + "\"");
            }
        }
        StringBuilder parts = new StringBuilder(updated);
        Matcher update = UPDATE.matcher(partialResponse);
        while (update.find()) {
            if (!update.group(1).contains("jakarta.faces.ViewState")) {
                parts.append('\n').append(update.group(2));
            }
        }
        return parts.toString();
    }

    private static String attribute(String tag, String name) {
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * The right options of each question of a module's quiz, read from its content file: per question, the positions
     * of the options marked {@code "correct": true}.
     */
    static List<Set<Integer>> rightAnswers(Path contentDirectory, String moduleId) {
        Path english = contentDirectory.resolve("modules").resolve(moduleId).resolve("en");
        try (var files = Files.list(english)) {
            Path quiz = files.filter(f -> f.getFileName().toString().endsWith("-quiz.json"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Module " + moduleId + " has no quiz"));
            List<Set<Integer>> answers = new ArrayList<>();
            try (JsonReader reader = Json.createReader(Files.newBufferedReader(quiz))) {
                for (JsonObject question :
                        reader.readObject().getJsonArray("questions").getValuesAs(JsonObject.class)) {
                    List<JsonObject> options = question.getJsonArray("options").getValuesAs(JsonObject.class);
                    Set<Integer> right = new LinkedHashSet<>();
                    for (int position = 0; position < options.size(); position++) {
                        if (options.get(position).getBoolean("correct")) {
                            right.add(position);
                        }
                    }
                    answers.add(right);
                }
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> ajax(String page, String source, String execute) {
        Map<String, String> fields = base(page, "player");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.behavior.event", "action");
        fields.put("jakarta.faces.partial.event", "click");
        return fields;
    }

    private static Map<String, String> base(String page, String formId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page, "view state"));
        fields.put("primefaces.nonce", find(NONCE, page, "script nonce"));
        return fields;
    }

    private static String find(Pattern pattern, String page, String what) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " on the page");
        }
        return matcher.group(1);
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> url(e.getKey()) + "=" + url(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
