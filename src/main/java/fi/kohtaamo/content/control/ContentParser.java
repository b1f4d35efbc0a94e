package fi.kohtaamo.content.control;

import fi.kohtaamo.content.entity.Catalogue;
import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.content.entity.TrackContent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

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
        Map<String, ModuleContent> modules = valid(moduleIds, new ModuleParser(content, moduleIds)::module);
        Map<String, TrackContent> tracks = valid(content.trackIds(), new TrackParser(content, moduleIds)::track);
        Map<String, GuideContent> guides =
                valid(content.folders("workshops/"), new GuideParser(content, moduleIds)::guide);
        return new Result(new Catalogue(modules, tracks, guides), List.copyOf(content.problems));
    }

    /** Each id's content that {@code parser} found valid (it gives null for the rest). */
    private static <T> Map<String, T> valid(Collection<String> ids, Function<String, T> parser) {
        Map<String, T> valid = new TreeMap<>();
        for (String id : ids) {
            T parsed = parser.apply(id);
            if (parsed != null) {
                valid.put(id, parsed);
            }
        }
        return valid;
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

    /**
     * Parses one workshop guide from the files of a stored version (its pre-work modules are not looked for).
     *
     * @throws IllegalStateException if the files do not make a valid guide
     */
    public static GuideContent storedGuide(String id, Map<String, String> files) {
        ContentReader content = new ContentReader(files);
        GuideContent guide = new GuideParser(content, null).guide(id);
        if (guide == null) {
            throw new IllegalStateException("Stored guide " + id + " is invalid: " + content.problems);
        }
        return guide;
    }
}
