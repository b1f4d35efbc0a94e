package fi.kohtaamo.content.entity;

import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A training module as read from {@code content/modules/<id>/}: its manifest and its steps in each language (Finnish
 * and English always, Swedish where written). The files it was read from, and their hash, travel with it so that the
 * database can keep every version.
 */
public record ModuleContent(
        String id,
        String label,
        Audience audience,
        int minutes,
        int passMark,
        List<String> prerequisites,
        Set<Factor> factors,
        Set<Theme> themes,
        LocalizedText title,
        LocalizedText summary,
        Map<String, List<Step>> steps,
        Map<String, String> files,
        String hash) {

    /** The language a reader of {@code language} takes the module in: their own where it is written, else English. */
    public String language(String language) {
        return steps.containsKey(language) ? language : "en";
    }

    /** The steps a reader of {@code language} takes: in their language where it is written, else in English. */
    public List<Step> steps(String language) {
        return steps.get(language(language));
    }

    public int stepCount() {
        return steps.get("en").size();
    }
}
