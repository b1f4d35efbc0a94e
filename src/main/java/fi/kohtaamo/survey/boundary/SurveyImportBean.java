package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.imports.ImportFile;
import fi.kohtaamo.survey.control.ImportJobs;
import fi.kohtaamo.survey.control.ImportMapping;
import fi.kohtaamo.survey.control.ImportMapping.Field;
import fi.kohtaamo.survey.control.SurveyImports;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.SurveyImport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * HR's import page: upload a survey export, see what was detected and the first rows, confirm which column is which,
 * follow the background check and import on a progress bar, read every problem, and choose to import the valid rows
 * (downloading the rejected ones to fix) or nothing. Without an {@code id} it shows the upload and recent imports.
 */
@Named
@ViewScoped
public class SurveyImportBean implements Serializable {

    private static final Logger LOG = Logger.getLogger(SurveyImportBean.class.getName());
    private static final int PREVIEW_ROWS = 5;

    /** The steps in which the columns may still be chosen again. */
    private static final Set<SurveyImport.Status> MAPPABLE =
            Set.of(SurveyImport.Status.UPLOADED, SurveyImport.Status.CHECKED, SurveyImport.Status.FAILED);

    @Inject
    SurveyImports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    AuditLog audit;

    @Getter
    @Setter
    private Long id;

    @Getter
    private SurveyImport upload;

    @Getter
    private final Map<String, Integer> columns = new HashMap<>();

    @Getter
    @Setter
    private Channel defaultChannel = Channel.OTHER;

    @Size(max = 120, message = "{field.tooLong}")
    @Getter
    @Setter
    private String templateName;

    @Getter
    private List<List<String>> preview = List.of();

    /** Why the first rows cannot be read, or null. */
    @Getter
    private String unreadable;

    @Getter
    private List<SurveyImport> recent = List.of();

    @Getter
    private List<SurveyImports.ProblemRow> problems = List.of();

    /** Reads what the page shows once per view: every action on it redirects to a new view. */
    public void load() throws IOException {
        if (id == null) {
            recent = imports.recent(20);
            return;
        }
        upload = imports.find(id).orElse(null);
        if (upload == null) {
            Faces.responseSendError(404, "No such import");
            return;
        }
        problems = imports.problems(id);
        if (isMappable() && columns.isEmpty()) {
            imports.mapping(upload).columns().forEach((field, column) -> columns.put(field.name(), column));
            defaultChannel = upload.getDefaultChannel();
            if (upload.getColumnMapping() == null) {
                imports.templateFor(upload.getHeaders())
                        .ifPresent(t -> Messages.addGlobalInfo(language.text("import.templateUsed", t.getName())));
            }
        }
        if (isMappable() && Files.exists(imports.file(upload))) {
            try {
                preview = imports.preview(upload, PREVIEW_ROWS);
            } catch (ImportFile.Unreadable e) {
                // The check would stop on the same row: say so now. The import can still be cancelled.
                unreadable = text(e);
            }
        }
    }

    /** The reason a file cannot be read, with the row it breaks on. */
    private String text(ImportFile.Unreadable e) {
        String key = "import.unreadable." + e.reason();
        return e.row() > 0 ? language.text(key, e.row()) : language.text(key);
    }

    /** Keeps the file and opens its mapping step; a file that cannot be read is refused with the reason. */
    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream content = event.getFile().getInputStream()) {
            SurveyImport created = imports.upload(event.getFile().getFileName(), content, currentUser.getPerson());
            Faces.redirect("survey/import?id=%s", created.getId());
        } catch (ImportFile.Unreadable e) {
            LOG.log(Level.INFO, "Refused an uploaded survey file: {0}", e.getMessage());
            Messages.addGlobalError(text(e));
        }
    }

    public void check() throws IOException {
        Map<Field, Integer> chosen = new EnumMap<>(Field.class);
        columns.forEach((field, column) -> {
            if (column != null) {
                chosen.put(Field.valueOf(field), column);
            }
        });
        ImportMapping mapping = ImportMapping.of(chosen);
        List<String> missing = mapping.missing().stream()
                .map(field -> language.text("import.field." + field.name()))
                .toList();
        if (!missing.isEmpty()) {
            Messages.addGlobalError(language.text("import.required", String.join(", ", missing)));
            return;
        }
        if (mapping.hasDuplicateColumns()) {
            Messages.addGlobalError(language.text("import.sameColumn"));
            return;
        }
        imports.check(id, mapping, defaultChannel, templateName);
        jobs.submit(id);
        Faces.redirect("survey/import?id=%s", id);
    }

    public void importValid() throws IOException {
        imports.startImport(id);
        jobs.submit(id);
        Messages.addFlashGlobalInfo(language.text("import.started"));
        Faces.redirect("survey/import?id=%s", id);
    }

    public void importNothing() throws IOException {
        imports.cancel(id);
        Faces.redirect("survey/import?id=%s", id);
    }

    public StreamedContent getRejects() {
        Path file = imports.rejectsFile(upload);
        audit.record(AuditAction.EXPORTED, SurveyImports.target(upload), "rejected rows csv");
        String name = upload.getFileName().replaceFirst("\\.[^.]*$", "") + "-rejected.csv";
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8").stream(() -> {
                    try {
                        return Files.newInputStream(file);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** The running step's progress in percent. */
    public int getProgress() {
        SurveyImport current = imports.find(id).orElseThrow();
        return current.getStatus().isRunning() ? Math.min(99, current.getProgress()) : 100;
    }

    /** Asked every second while a step runs: once it has finished, the page shows its result. */
    public void poll() throws IOException {
        if (!imports.find(id).orElseThrow().getStatus().isRunning()) {
            Faces.redirect("survey/import?id=%s", id);
        }
    }

    public boolean isMappable() {
        return upload != null && MAPPABLE.contains(upload.getStatus());
    }

    public boolean isRejectsAvailable() {
        return upload != null
                && upload.getRejectedRows() != null
                && upload.getRejectedRows() > 0
                && Files.exists(imports.rejectsFile(upload));
    }

    public Field[] getFields() {
        return Field.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    /** Column choices: index and name, with an example value from the first row. */
    public List<Column> getColumnOptions() {
        List<Column> options = new ArrayList<>();
        List<String> headers = upload.getHeaders();
        for (int i = 0; i < headers.size(); i++) {
            String example = preview.isEmpty() || preview.get(0).size() <= i
                    ? ""
                    : preview.get(0).get(i);
            String label = headers.get(i).isBlank() ? "#" + (i + 1) : headers.get(i);
            if (!example.isBlank()) {
                label += " (" + (example.length() > 24 ? example.substring(0, 23) + "…" : example) + ")";
            }
            options.add(new Column(i, label));
        }
        return options;
    }

    public record Column(int index, String label) implements Serializable {}

    /** A preview row's cell, empty where the row is shorter than the header. */
    public String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    public List<Integer> getHeaderIndexes() {
        return IntStream.range(0, upload.getHeaders().size()).boxed().toList();
    }

    /** Why the import failed, with the row where there is one. */
    public String getFailure() {
        String key = "import." + upload.getFailure();
        long row = upload.getFailureRow();
        return row > 0 ? language.text(key, row) : language.text(key);
    }
}
