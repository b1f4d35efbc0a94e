package fi.kohtaamo.survey.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.cluster.Leases;
import fi.kohtaamo.platform.imports.ImportFile;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.ImportTemplate;
import fi.kohtaamo.survey.entity.SurveyImport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HR's survey file imports, step by step: upload (the file is kept in the import folder, {@code KOHTAAMO_IMPORT_DIR},
 * default {@code data/imports}), column mapping, a background check that lists every bad row, then the background
 * import itself, all-or-nothing. Imports interrupted by a stopped server continue when Kohtaamo starts again.
 * Starting and cancelling an import are written to the audit log.
 */
@ApplicationScoped
@Transactional
public class SurveyImports {

    private static final Logger LOG = Logger.getLogger(SurveyImports.class.getName());

    /** How many problems are kept for the page; the rejects file has all of them. */
    public static final int PROBLEMS_SHOWN = 200;

    @Inject
    @ConfigProperty(name = "kohtaamo.import.dir", defaultValue = "data/imports")
    String directory;

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportJobs jobs;

    @Inject
    Leases leases;

    @Inject
    AuditLog audit;

    /** One problem found in a row, as the page lists it. */
    public record ProblemRow(long rowNumber, String column, String value, String reason) implements Serializable {}

    /**
     * Keeps the uploaded file and reads what it is.
     *
     * @throws ImportFile.Unreadable if it is not a CSV or XLSX file with a header row
     */
    public SurveyImport upload(String fileName, InputStream content, Person uploader) throws IOException {
        Path folder = folder();
        String storedName = UUID.randomUUID().toString();
        Path stored = folder.resolve(storedName);
        Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
        try {
            ImportFile file = ImportFile.open(stored);
            SurveyImport upload = new SurveyImport(
                    fileName,
                    storedName,
                    file.format().name(),
                    file.charset() == null ? null : file.charset().name(),
                    file.delimiter() == '\0' ? null : String.valueOf(file.delimiter()),
                    file.headers(),
                    uploader);
            em.persist(upload);
            em.flush();
            leases.create(ImportJobs.lease(upload.getId()));
            return upload;
        } catch (IllegalArgumentException e) {
            Files.deleteIfExists(stored);
            throw new ImportFile.Unreadable("headers", null);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(stored);
            throw e;
        }
    }

    public Optional<SurveyImport> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(SurveyImport.class, id));
    }

    public List<SurveyImport> recent(int max) {
        return em.createNamedQuery("SurveyImport.recent", SurveyImport.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The mapping last chosen for this import, else a saved template that fits its columns, else a guess. */
    public ImportMapping mapping(SurveyImport upload) {
        List<String> headers = upload.getHeaders();
        return Optional.ofNullable(upload.getColumnMapping())
                .flatMap(chosen -> ImportMapping.restore(chosen, headers))
                .or(() -> templateFor(headers).flatMap(t -> ImportMapping.restore(t.getColumnMapping(), headers)))
                .orElseGet(() -> ImportMapping.propose(headers));
    }

    /** The newest saved template whose columns are all in this file. */
    public Optional<ImportTemplate> templateFor(List<String> headers) {
        return em.createNamedQuery("ImportTemplate.all", ImportTemplate.class)
                .getResultStream()
                .filter(t ->
                        ImportMapping.restore(t.getColumnMapping(), headers).isPresent())
                .findFirst();
    }

    /** The first rows of the file, as they will be read. */
    public List<List<String>> preview(SurveyImport upload, int rows) throws IOException {
        List<List<String>> preview = new ArrayList<>();
        ImportFile.open(file(upload)).read((row, cells) -> preview.add(cells) && preview.size() < rows, f -> {});
        return preview;
    }

    /**
     * Records the mapping (and saves it as a template when named) and marks the import for checking; {@link
     * ImportJobs#submit} then checks it in the background.
     *
     * @throws IllegalArgumentException if a required field has no column or two fields share one
     * @throws IllegalStateException if the import is running or finished
     */
    public void check(Long id, ImportMapping mapping, Channel defaultChannel, String templateName) {
        SurveyImport upload = em.find(SurveyImport.class, id);
        if (upload.getStatus().isRunning()
                || upload.getStatus() == SurveyImport.Status.DONE
                || upload.getStatus() == SurveyImport.Status.CANCELLED) {
            throw new IllegalStateException("import " + id + " is " + upload.getStatus());
        }
        if (!mapping.missing().isEmpty() || mapping.hasDuplicateColumns()) {
            throw new IllegalArgumentException("incomplete mapping");
        }
        String saved = mapping.save(upload.getHeaders());
        upload.check(saved, defaultChannel);
        em.createNativeQuery("delete from survey_import_problem where import_id = ?")
                .setParameter(1, id)
                .executeUpdate();
        if (templateName != null && !templateName.isBlank()) {
            String name = templateName.strip();
            em.createNamedQuery("ImportTemplate.byName", ImportTemplate.class)
                    .setParameter("name", name)
                    .getResultStream()
                    .findFirst()
                    .ifPresentOrElse(t -> t.replace(saved), () -> em.persist(new ImportTemplate(name, saved)));
        }
    }

    /**
     * Marks a checked import for importing its valid rows; {@link ImportJobs#submit} then imports it.
     *
     * @throws IllegalStateException unless the import has been checked and has valid rows
     */
    public void startImport(Long id) {
        SurveyImport upload = em.find(SurveyImport.class, id);
        if (upload.getStatus() != SurveyImport.Status.CHECKED || upload.getValidRows() == 0) {
            throw new IllegalStateException("import " + id + " is " + upload.getStatus());
        }
        upload.startImport();
        audit.record(AuditAction.IMPORT_STARTED, target(upload), upload.getValidRows() + " valid rows");
    }

    /** Imports nothing and removes the uploaded file and its rejects. */
    public void cancel(Long id) {
        SurveyImport upload = em.find(SurveyImport.class, id);
        if (upload.getStatus().isRunning() || upload.getStatus() == SurveyImport.Status.DONE) {
            throw new IllegalStateException("import " + id + " is " + upload.getStatus());
        }
        upload.cancel();
        audit.record(AuditAction.IMPORT_CANCELLED, target(upload), null);
        deleteFiles(upload);
    }

    public List<ProblemRow> problems(Long id) {
        List<?> rows = em.createNativeQuery("select row_no, column_name, cell_value, reason from survey_import_problem"
                        + " where import_id = ? order by row_no, column_name")
                .setParameter(1, id)
                .setMaxResults(PROBLEMS_SHOWN)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new ProblemRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(Long id, int percent) {
        SurveyImport upload = em.find(SurveyImport.class, id);
        if (upload != null && upload.getStatus().isRunning()) {
            upload.setProgress(percent);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void checked(Long id, long total, long valid, long rejected, List<ProblemRow> problems) {
        SurveyImport upload = em.find(SurveyImport.class, id);
        upload.checked(total, valid, rejected);
        for (ProblemRow problem : problems) {
            em.createNativeQuery(
                            "insert into survey_import_problem (import_id, row_no, column_name, cell_value, reason)"
                                    + " values (?, ?, ?, ?, ?)")
                    .setParameter(1, id)
                    .setParameter(2, problem.rowNumber())
                    .setParameter(3, cut(problem.column(), 200))
                    .setParameter(4, cut(problem.value(), 200))
                    .setParameter(5, problem.reason())
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Long id, String reason) {
        SurveyImport upload = em.find(SurveyImport.class, id);
        if (upload != null) {
            upload.fail(reason);
        }
    }

    /** Where the uploaded file waits. */
    public Path file(SurveyImport upload) {
        return folder().resolve(upload.getStoredName());
    }

    /** The rejected rows with their problems, for the person to fix and upload again. */
    public Path rejectsFile(SurveyImport upload) {
        return folder().resolve(upload.getStoredName() + "-rejects.csv");
    }

    void deleteFiles(SurveyImport upload) {
        try {
            Files.deleteIfExists(file(upload));
            Files.deleteIfExists(rejectsFile(upload));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the files of import " + upload.getId(), e);
        }
    }

    /** An import as the target of an audit event. */
    public static AuditTarget target(SurveyImport upload) {
        return AuditTarget.of("survey_import", upload.getId(), upload.getFileName());
    }

    private Path folder() {
        Path folder = Path.of(directory);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the import folder " + folder.toAbsolutePath(), e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * Imports a stopped server left checking or importing continue from the start of their step, here or on another
     * node of a cluster: at start, and every minute on one node of the cluster (an import still running on a live
     * node keeps its lease and is left alone).
     */
    void resume(@Observes @Priority(StartupOrder.RESUME_IMPORTS) Startup startup) {
        resumeUnfinished();
    }

    /** Submits every import left checking or importing; {@link ImportJobs} runs those whose lease is free. */
    public void resumeUnfinished() {
        List<Long> unfinished = em.createNamedQuery("SurveyImport.unfinished", Long.class)
                .setParameter("statuses", List.of(SurveyImport.Status.CHECKING, SurveyImport.Status.IMPORTING))
                .getResultList();
        unfinished.forEach(jobs::submit);
    }
}
