package fi.kohtaamo.content.entity;

import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A training module as read from {@code content/modules/<id>/}: its manifest and its steps in each language. The
 * files it was read from, and their hash, travel with it so that the database can keep every version.
 */
public record ModuleContent(
        String id,
        String label,
        Audience audience,
        int minutes,
        int passMark,
        List<String> prerequisites,
        Set<Factor> factors,
        LocalizedText title,
        LocalizedText summary,
        Map<String, List<Step>> steps,
        Map<String, String> files,
        String hash) {

    public List<Step> steps(String language) {
        return steps.getOrDefault(language, steps.get("en"));
    }

    public int stepCount() {
        return steps.get("en").size();
    }
}
