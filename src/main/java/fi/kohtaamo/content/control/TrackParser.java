package fi.kohtaamo.content.control;

import static fi.kohtaamo.content.control.ContentReader.hash;

import fi.kohtaamo.content.control.ContentReader.Fields;
import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.content.entity.TrackContent;
import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a track, {@code tracks/<id>.json}: modules in the order they are best taken. */
record TrackParser(ContentReader content, Set<String> moduleIds) {

    /** The track, or null if any problem was found in it. */
    TrackContent track(String id) {
        String file = "tracks/" + id + ".json";
        Fields r = content.object(file);
        if (r == null) {
            return null;
        }
        int before = content.problems.size();
        r.id(id, "file");
        Audience audience = r.audience("audience");
        List<String> modules = r.modules("modules", true, moduleIds, "module");
        if (new LinkedHashSet<>(modules).size() != modules.size()) {
            content.problem(file, 0, "a module is listed twice");
        }
        LocalizedText title = r.localized("title");
        LocalizedText summary = r.localized("summary");
        return content.problems.size() > before
                ? null
                : new TrackContent(id, audience, title, summary, modules, hash(Map.of(file, content.files.get(file))));
    }
}
