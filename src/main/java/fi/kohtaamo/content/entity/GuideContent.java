package fi.kohtaamo.content.entity;

import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A workshop facilitator guide, read from {@code content/workshops/<id>/}. */
public record GuideContent(
        String id,
        String label,
        int minutes,
        List<String> prework,
        Set<Factor> factors,
        LocalizedText title,
        LocalizedText summary,
        Map<String, Body> bodies,
        String hash) {

    /** The guide's text in one language. */
    public record Body(String purpose, String audience, List<String> materials, List<AgendaStep> agenda) {}

    /** A timed step of the agenda. */
    public record AgendaStep(String kind, String title, int minutes, String body, List<String> questions) {}

    public Body body(String language) {
        return bodies.getOrDefault(language, bodies.get("en"));
    }
}
