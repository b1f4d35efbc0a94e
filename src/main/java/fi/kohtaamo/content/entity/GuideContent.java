package fi.kohtaamo.content.entity;

import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workshop facilitator guide, read from {@code content/workshops/<id>/}, in Finnish, English and, if written, Swedish.
 * The files it was read from, and their hash, travel with it so that the database can keep every version.
 */
public record GuideContent(
        String id,
        String label,
        int minutes,
        List<String> prework,
        Set<Factor> factors,
        Set<Theme> themes,
        LocalizedText title,
        LocalizedText summary,
        Map<String, Body> bodies,
        Map<String, String> files,
        String hash) {

    /** The guide's text in one language. */
    public record Body(String purpose, String audience, List<String> materials, List<AgendaStep> agenda) {}

    /**
     * A timed step of the agenda; {@code tool} names the live exercise the facilitator opens on it ({@link #TOOLS}), or
     * is null.
     */
    public record AgendaStep(
            String kind, String title, int minutes, String body, List<String> questions, String tool) {}

    /** The live exercises an agenda step can open: the customer-path map and the six-factor dot vote. */
    public static final List<String> TOOLS = List.of("path-map", "dot-vote");

    /** The language a reader of {@code language} reads the guide in: their own where it is written, else English. */
    public String language(String language) {
        return bodies.containsKey(language) ? language : "en";
    }

    /** The guide for a reader of {@code language}: in their language where it is written, else in English. */
    public Body body(String language) {
        return bodies.get(language(language));
    }
}
