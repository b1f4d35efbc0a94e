package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.PeopleImportMapping;
import fi.kohtaamo.organisation.control.PeopleImportMapping.Field;
import fi.kohtaamo.organisation.control.PeopleImportPlan;
import fi.kohtaamo.organisation.control.PeopleImportPlan.FieldChange;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Mode;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Problem;
import fi.kohtaamo.organisation.control.PeopleImports;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.platform.api.ApiKey;
import fi.kohtaamo.platform.api.ApiKeys;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.imports.ImportFile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The people import page for HR and administrators: upload an HR system's export, check the proposed column mapping
 * and the source's name, preview what would change, and apply it all at once. Nothing changes before the last step.
 */
@Named
@ViewScoped
public class PeopleImportBean implements Serializable {

    private static final Logger LOG = Logger.getLogger(PeopleImportBean.class.getName());

    @Inject
    PeopleImports imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    ApiKeys apiKeys;

    @NotBlank(message = "{peopleImport.keyNameRequired}")
    @Size(max = 120, message = "{field.tooLong}")
    @Getter
    @Setter
    private String keyName;

    /** The secret of the key just created, shown this once. */
    @Getter
    private String newSecret;

    /** A column to choose for a field: its index and its name in the file. */
    public record ColumnOption(int index, String label) implements Serializable {}

    @Getter
    private PeopleImports.File file;

    @Getter
    private String fileName;

    @Getter
    private final Map<String, Integer> columns = new HashMap<>();

    @NotBlank(message = "{peopleImport.sourceRequired}")
    @Size(max = 120, message = "{field.tooLong}")
    @Getter
    @Setter
    private String source;

    @Getter
    @Setter
    private Mode mode = Mode.PARTIAL;

    @Getter
    private PeopleImportPlan plan;

    /** Refuses the page to anyone but HR and administrators, whatever the URL security says. */
    public void load() {
        PeopleImports.requireMayImport(currentUser.getPerson());
    }

    /** Reads the uploaded file and proposes its mapping; a file that cannot be read is refused with the reason. */
    public void upload(FileUploadEvent event) throws IOException {
        PeopleImports.requireMayImport(currentUser.getPerson());
        try (InputStream content = event.getFile().getInputStream()) {
            file = PeopleImports.read(content);
            fileName = event.getFile().getFileName();
            plan = null;
            showMapping(PeopleImportMapping.propose(file.headers()));
        } catch (ImportFile.Unreadable e) {
            LOG.log(Level.INFO, "Refused an uploaded people file: {0}", e.getMessage());
            String key = "import.unreadable." + e.reason();
            Messages.addGlobalError(e.row() > 0 ? language.text(key, e.row()) : language.text(key));
        }
    }

    /**
     * The mapping saved for the source, if the file has its columns and the person has not changed the proposed one:
     * the next file from the same HR system maps itself as the last one was mapped.
     */
    private PeopleImportMapping withSavedMapping(PeopleImportMapping chosen) {
        if (!chosen.columns().equals(PeopleImportMapping.propose(file.headers()).columns())) {
            return chosen;
        }
        return imports.savedMapping(source, file.headers())
                .filter(saved -> !saved.columns().equals(chosen.columns()))
                .map(saved -> {
                    showMapping(saved);
                    Messages.addGlobalInfo(language.text("peopleImport.mappingRestored", source));
                    return saved;
                })
                .orElse(chosen);
    }

    private void showMapping(PeopleImportMapping mapping) {
        columns.clear();
        mapping.columns().forEach((field, column) -> columns.put(field.name(), column));
    }

    private PeopleImportMapping chosenMapping() {
        Map<Field, Integer> chosen = new EnumMap<>(Field.class);
        columns.forEach((field, column) -> {
            if (column != null) {
                chosen.put(Field.valueOf(field), column);
            }
        });
        return PeopleImportMapping.of(chosen);
    }

    /** Works out what the file would change, or says which required column is missing. */
    public void preview() {
        PeopleImports.requireMayImport(currentUser.getPerson());
        plan = null;
        PeopleImportMapping mapping = withSavedMapping(chosenMapping());
        if (!mapping.missing().isEmpty()) {
            Messages.addGlobalError(language.text(
                    "peopleImport.required",
                    mapping.missing().stream()
                            .map(field -> language.text(field.key()))
                            .collect(Collectors.joining(", "))));
            return;
        }
        if (mapping.hasDuplicateColumns()) {
            Messages.addGlobalError(language.text("import.sameColumn"));
            return;
        }
        plan = imports.preview(mapping, file.rows(), mode);
    }

    /** Applies the file, all or nothing, and starts again with a summary; bad rows (found anew) stop it. */
    public void apply() {
        PeopleImports.requireMayImport(currentUser.getPerson());
        PeopleImportMapping mapping = chosenMapping();
        PeopleImportPlan applied = imports.apply(source.strip(), file.headers(), mapping, file.rows(), mode);
        if (!applied.valid()) {
            plan = applied;
            Messages.addGlobalError(language.text("peopleImport.notApplied"));
            return;
        }
        Messages.addFlashGlobalInfo(language.text(
                "peopleImport.applied",
                applied.additions().size(),
                applied.changes().size(),
                applied.moves().size(),
                applied.deactivations().size(),
                applied.units().size()));
        org.omnifaces.util.Faces.redirect("organisation/people-import");
    }

    /** Drops the file and its preview. */
    public void startOver() {
        org.omnifaces.util.Faces.redirect("organisation/people-import");
    }

    /** Whether the viewer may create and revoke keys for the nightly import: administrators, as for other keys. */
    public boolean isKeyAdmin() {
        return currentUser.is(Role.ADMIN);
    }

    public List<ApiKey> getKeys() {
        return isKeyAdmin() ? apiKeys.all(ApiKey.Purpose.PEOPLE_IMPORT) : List.of();
    }

    /** Creates a key for the nightly import and shows its secret once. */
    public void createKey() {
        requireKeyAdmin();
        newSecret = apiKeys.create(
                        ApiKey.Purpose.PEOPLE_IMPORT,
                        keyName,
                        java.util.Set.of(),
                        currentUser.getPerson().getId())
                .secret();
        keyName = null;
    }

    public void revokeKey(ApiKey key) {
        requireKeyAdmin();
        if (key.getPurpose() == ApiKey.Purpose.PEOPLE_IMPORT) {
            apiKeys.revoke(key.getId());
        }
    }

    private void requireKeyAdmin() {
        if (!isKeyAdmin()) {
            throw new fi.kohtaamo.platform.security.AccessDenied("Only administrators manage API keys");
        }
    }

    public List<Field> getFields() {
        return List.of(Field.values());
    }

    public Mode[] getModes() {
        return Mode.values();
    }

    public List<ColumnOption> getColumnOptions() {
        List<String> headers = file == null ? List.of() : file.headers();
        return IntStream.range(0, headers.size())
                .mapToObj(i -> new ColumnOption(i, headers.get(i).isBlank() ? "#" + (i + 1) : headers.get(i)))
                .toList();
    }

    public List<String> getSources() {
        return imports.sources();
    }

    /** A bad row's reason in the reader's language. */
    public String message(Problem problem) {
        return problem.message(ResourceBundle.getBundle(Language.BUNDLE, language.getLocale()));
    }

    /** A changed field as the page shows it: its name, and old → new. */
    public String describe(FieldChange change) {
        return language.text(change.field().key()) + ": " + shown(change.before()) + " → " + shown(change.after());
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "–" : value;
    }
}
