package fi.kohtaamo.content.control;

import fi.kohtaamo.content.entity.Catalogue;
import fi.kohtaamo.content.entity.ContentProblem;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.content.entity.ModuleContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The content Kohtaamo runs with: read and validated once at start-up, then shared. Stored module versions are parsed
 * from their own files on first use and kept, so that a learner on an older version sees exactly that version.
 */
@ApplicationScoped
public class Curriculum {

    private static final Logger LOG = Logger.getLogger(Curriculum.class.getName());

    @Inject
    @ConfigProperty(name = "kohtaamo.content.dir")
    Optional<String> contentDir;

    private volatile Catalogue catalogue;
    private final Map<String, ModuleContent> versions = new ConcurrentHashMap<>();
    private final Map<String, GuideContent> guideVersions = new ConcurrentHashMap<>();

    /**
     * Reads and validates all content.
     *
     * @throws IllegalStateException naming every problem, if any file is invalid: nothing is loaded then
     */
    public Catalogue load() {
        Map<String, String> files =
                contentDir.map(dir -> ContentFiles.read(Path.of(dir))).orElseGet(ContentFiles::packaged);
        ContentParser.Result result = ContentParser.parse(files);
        if (!result.valid()) {
            String report = result.problems().stream()
                    .map(ContentProblem::toString)
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            throw new IllegalStateException("The content is invalid, so Kohtaamo will not start. Fix these "
                    + result.problems().size() + " problems:" + report);
        }
        catalogue = result.catalogue();
        LOG.info(() -> "Content loaded: " + catalogue.modules().size() + " modules, "
                + catalogue.tracks().size() + " tracks, " + catalogue.guides().size() + " workshop guides");
        return catalogue;
    }

    /** The content read at start-up. */
    public Catalogue catalogue() {
        if (catalogue == null) {
            throw new IllegalStateException("Content is not loaded yet");
        }
        return catalogue;
    }

    /** A stored module version's content, from the JSON of its files. */
    public ModuleContent stored(String moduleId, String hash, String filesJson) {
        return versions.computeIfAbsent(hash, h -> ContentParser.storedModule(moduleId, filesFromJson(filesJson)));
    }

    /** A stored guide version's content, from the JSON of its files. */
    public GuideContent storedGuide(String guideId, String hash, String filesJson) {
        return guideVersions.computeIfAbsent(hash, h -> ContentParser.storedGuide(guideId, filesFromJson(filesJson)));
    }

    public static String filesToJson(Map<String, String> files) {
        var builder = Json.createObjectBuilder();
        new TreeMap<>(files).forEach(builder::add);
        return builder.build().toString();
    }

    static Map<String, String> filesFromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> files = new TreeMap<>();
            object.forEach((path, text) -> files.put(path, ((JsonString) text).getString()));
            return files;
        }
    }
}
