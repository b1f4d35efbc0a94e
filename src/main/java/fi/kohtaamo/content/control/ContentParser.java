package fi.kohtaamo.content.control;

import fi.kohtaamo.content.entity.Catalogue;
import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.TrackContent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and validates the content files: modules, tracks and workshop guides (see {@code content/README.md} for the
 * format), each by its own parser over one {@link ContentReader}. Every problem found is reported with the file, the
 * line where one can be named, and what is wrong; the catalogue holds only what is valid, and callers refuse to use it
 * at all while any problem remains.
 *
 * <p>Usage: {@code ContentParser.Result result = ContentParser.parse(ContentFiles.read(dir));}
 */
public final class ContentParser {

    /** What was read: the valid content, and every problem found. */
    public record Result(Catalogue catalogue, List<ContentProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private ContentParser() {}

    /**
     * Parses content files given as relative path (with forward slashes, e.g. {@code modules/x/module.json}) to text.
     */
    public static Result parse(Map<String, String> files) {
        ContentReader content = new ContentReader(files);
        Set<String> moduleIds = content.folders("modules/");
        Map<String, ModuleContent> modules = new TreeMap<>();
        ModuleParser moduleParser = new ModuleParser(content, moduleIds);
        for (String id : moduleIds) {
            ModuleContent module = moduleParser.module(id);
            if (module != null) {
                modules.put(id, module);
            }
        }
        Map<String, TrackContent> tracks = new TreeMap<>();
        TrackParser trackParser = new TrackParser(content, moduleIds);
        for (String path : content.files.keySet()) {
            if (path.startsWith("tracks/") && path.endsWith(".json") && path.indexOf('/', 7) < 0) {
                TrackContent track = trackParser.track(path);
                if (track != null) {
                    tracks.put(track.id(), track);
                }
            }
        }
        Map<String, GuideContent> guides = new TreeMap<>();
        GuideParser guideParser = new GuideParser(content, moduleIds);
        for (String id : content.folders("workshops/")) {
            GuideContent guide = guideParser.guide(id);
            if (guide != null) {
                guides.put(id, guide);
            }
        }
        return new Result(new Catalogue(modules, tracks, guides), List.copyOf(content.problems));
    }

    /**
     * Parses one module from the files of a stored version (which were valid when stored; its prerequisites are
     * other modules and are not looked for).
     *
     * @throws IllegalStateException if the files do not make a valid module
     */
    public static ModuleContent storedModule(String id, Map<String, String> files) {
        ContentReader content = new ContentReader(files);
        ModuleContent module = new ModuleParser(content, null).module(id);
        if (module == null) {
            throw new IllegalStateException("Stored module " + id + " is invalid: " + content.problems);
        }
        return module;
    }
}
