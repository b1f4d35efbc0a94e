package fi.kohtaamo.content.control;

import static fi.kohtaamo.content.control.ContentReader.hash;

import fi.kohtaamo.content.control.ContentReader.Fields;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a workshop facilitator guide from {@code workshops/<id>/}: its manifest, and its timed agenda in each
 * language ({@code fi.json}, {@code en.json} and, if written, {@code sv.json}), which must be the same steps of the
 * same length in all.
 *
 * @param moduleIds the modules pre-work may name, or null to not look for them (a stored version was valid when
 *     stored, and its pre-work names other modules)
 */
record GuideParser(ContentReader content, Set<String> moduleIds) {

    private static final List<String> AGENDA_KINDS =
            List.of("intro", "exercise", "discussion", "summary", "commitments");

    /** The guide, or null if any problem was found in it. */
    GuideContent guide(String id) {
        String dir = "workshops/" + id + "/";
        String file = dir + "guide.json";
        Fields m = content.object(file);
        if (m == null) {
            return null;
        }
        int before = content.problems.size();
        m.id(id, "folder");
        int minutes = m.number("minutes", 15, 480);
        List<String> prework = m.modules("prework", false, moduleIds, "pre-work module");
        Set<Factor> factors = m.factors();
        Set<Theme> themes = m.themes();
        Map<String, GuideContent.Body> bodies = new LinkedHashMap<>();
        for (String language : ContentReader.LANGUAGES) {
            String bodyFile = dir + language + ".json";
            if (!content.files.containsKey(bodyFile) && !ContentReader.REQUIRED.contains(language)) {
                continue;
            }
            if (!content.files.containsKey(bodyFile)) {
                content.problem(
                        bodyFile, 0, "missing language " + language + ": the guide has no " + language + ".json");
                continue;
            }
            GuideContent.Body body = guideBody(bodyFile, minutes);
            if (body != null) {
                bodies.put(language, body);
            }
        }
        if (bodies.containsKey("fi")) {
            List<String> fiShape = shape(bodies.get("fi"));
            bodies.forEach((language, body) -> {
                List<String> otherShape = shape(body);
                if (!otherShape.equals(fiShape)) {
                    content.problem(
                            dir + language + ".json",
                            0,
                            "the agenda differs from fi.json: " + otherShape + " against " + fiShape);
                }
            });
        }
        boolean swedish = content.files.containsKey(dir + ContentReader.SWEDISH + ".json");
        String why = "the guide is written in Swedish in " + dir + ContentReader.SWEDISH + ".json";
        LocalizedText title = m.localized("title", swedish, why);
        LocalizedText summary = m.localized("summary", swedish, why);
        if (content.problems.size() > before) {
            return null;
        }
        Map<String, String> own = content.ownFiles(dir);
        return new GuideContent(
                id, m.version(), minutes, prework, factors, themes, title, summary, bodies, own, hash(own));
    }

    private GuideContent.Body guideBody(String file, int minutes) {
        Fields r = content.object(file);
        if (r == null) {
            return null;
        }
        List<GuideContent.AgendaStep> agenda = new ArrayList<>();
        r.each("agenda", (s, i) -> {
            String kind = s.text("kind");
            if (!AGENDA_KINDS.contains(kind)) {
                content.problem(
                        file,
                        0,
                        "agenda step " + (i + 1) + " has unknown kind \"" + kind + "\": use one of " + AGENDA_KINDS);
            }
            String tool = s.optionalText("tool");
            if (tool != null && !GuideContent.TOOLS.contains(tool)) {
                content.problem(
                        file,
                        0,
                        "agenda step " + (i + 1) + " has unknown tool \"" + tool + "\": use one of "
                                + GuideContent.TOOLS);
            }
            agenda.add(new GuideContent.AgendaStep(
                    kind,
                    s.text("title"),
                    s.number("minutes", 1, 240),
                    s.text("body"),
                    s.strings("questions", false),
                    tool));
        });
        if (agenda.isEmpty()) {
            content.problem(file, 0, "the agenda is empty");
        } else {
            int total =
                    agenda.stream().mapToInt(GuideContent.AgendaStep::minutes).sum();
            if (total != minutes) {
                content.problem(file, 0, "the agenda adds up to " + total + " minutes but guide.json says " + minutes);
            }
            if (!"commitments".equals(agenda.get(agenda.size() - 1).kind())) {
                content.problem(file, 0, "the agenda ends with a commitments step");
            }
        }
        return new GuideContent.Body(r.text("purpose"), r.text("audience"), r.strings("materials", false), agenda);
    }

    private static List<String> shape(GuideContent.Body body) {
        return body.agenda().stream()
                .map(s -> s.kind() + " " + s.minutes() + (s.tool() == null ? "" : " " + s.tool()))
                .toList();
    }
}
