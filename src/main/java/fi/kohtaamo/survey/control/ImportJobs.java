package fi.kohtaamo.survey.control;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.cluster.Leases;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.export.Spreadsheets;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.imports.ImportFile;
import fi.kohtaamo.platform.metrics.Metrics;
import fi.kohtaamo.platform.persistence.KohtaamoDataSource;
import fi.kohtaamo.survey.entity.SurveyImport;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The background work of a survey import: checking every row (problems to the page and a rejects file), and importing
 * the valid rows in one database transaction with {@link ResponseImporter}. That transaction runs on a connection of its
 * own, outside the server's pool, so that no container transaction or connection check can commit or reset it halfway. Runs on the server's managed executor, so
 * the person who started it may leave the page; progress is saved for the page to show.
 */
@ApplicationScoped
public class ImportJobs {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Leases leases;

    @Inject
    CommentThemeBackfill commentThemes;

    /** How long a node holds an import's lease without renewing it; it renews four times in that time while it works. */
    @Inject
    Settings settings;

    @Inject
    SurveyImports imports;

    @Inject
    Units units;

    @Inject
    Metrics metrics;

    /** The name {@code /metrics} gives the import job: its last run is the last step that finished without failing. */
    static final String JOB = "survey-import";

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    /** The name of an import's lease: the node holding it checks or imports the file. */
    static String lease(Long id) {
        return "survey-import-" + id;
    }

    /**
     * Runs the import's current step (checking or importing) in the background, once: not while this node runs it
     * already, and not while another node of the cluster holds its lease.
     */
    public void submit(Long id) {
        if (running.add(id)) {
            executor.execute(() -> {
                try {
                    runLeased(id);
                } finally {
                    running.remove(id);
                }
            });
        }
    }

    private void runLeased(Long id) {
        Duration hold = settings.importLease();
        if (!leases.take(lease(id), hold)) {
            return;
        }
        long renewEvery = hold.toMillis() / 4;
        ScheduledFuture<?> renewal = scheduler.scheduleAtFixedRate(
                () -> leases.take(lease(id), hold), renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        try {
            run(id);
        } finally {
            renewal.cancel(false);
            leases.release(lease(id));
        }
    }

    private void run(Long id) {
        SurveyImport upload = imports.find(id).orElse(null);
        if (upload == null) {
            return;
        }
        try {
            switch (upload.getStatus()) {
                case CHECKING -> check(upload);
                case IMPORTING -> importRows(upload);
                default -> {
                    return;
                }
            }
            metrics.jobRan(JOB);
        } catch (ImportFile.Unreadable e) {
            LOG.log(Level.INFO, "Survey import {0} stopped: {1}", new Object[] {id, e.getMessage()});
            imports.failed(id, SurveyImport.failure("unreadable." + e.reason(), e.row()));
        } catch (Exception | Error e) {
            // Whatever stops a step ends it as failed: an import left checking would be tried again forever.
            LOG.log(Level.WARNING, "Survey import " + id + " failed; nothing of it was stored", e);
            imports.failed(id, "failure.error");
        }
    }

    private ImportRowParser parser(SurveyImport upload) {
        Map<String, Long> byCode = units.all().stream()
                .collect(Collectors.toMap(
                        unit -> unit.getCode().toUpperCase(Locale.ROOT), Unit::getId, (first, last) -> last));
        ImportMapping mapping = ImportMapping.restore(upload.getColumnMapping(), upload.getHeaders())
                .orElseThrow(() -> new IllegalStateException("mapping does not fit the file"));
        return new ImportRowParser(
                mapping,
                code -> Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT))),
                upload.getDefaultChannel(),
                LocalDateTime.now(clock).plusMinutes(5));
    }

    private void check(SurveyImport upload) throws IOException {
        Long id = upload.getId();
        ImportRowParser parser = parser(upload);
        List<String> headers = upload.getHeaders();
        ResourceBundle texts = ResourceBundle.getBundle(
                Language.BUNDLE, Locale.forLanguageTag(upload.getUploadedBy().getPreferredLanguage()));
        List<SurveyImports.ProblemRow> shown = new ArrayList<>();
        long[] counts = new long[3];
        int[] reported = {0};
        char delimiter = upload.getDelimiter() == null
                ? ';'
                : "tab".equals(upload.getDelimiter())
                        ? '\t'
                        : upload.getDelimiter().charAt(0);
        try (BufferedWriter out = Files.newBufferedWriter(imports.rejectsFile(upload), StandardCharsets.UTF_8);
                CSVPrinter rejects = new CSVPrinter(
                        out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            out.write('\uFEFF');
            List<String> header = new ArrayList<>(
                    headers.stream().map(Spreadsheets::neutralise).toList());
            header.add(texts.getString("import.rejects.row"));
            header.add(texts.getString("import.rejects.problems"));
            rejects.printRecord(header);
            ImportFile.open(imports.file(upload))
                    .read(
                            (row, cells) -> {
                                counts[0]++;
                                ImportRowParser.Result result = parser.parse(cells);
                                if (result.valid()) {
                                    counts[1]++;
                                    return true;
                                }
                                counts[2]++;
                                List<String> reasons = new ArrayList<>();
                                for (ImportRowParser.Problem problem : result.problems()) {
                                    Integer column = parser.column(problem.field());
                                    String columnName =
                                            column == null ? problem.field().name() : headers.get(column);
                                    String reason = texts.getString(
                                            "import.reason." + problem.reason().name());
                                    reasons.add(columnName + ": " + reason);
                                    if (shown.size() < SurveyImports.PROBLEMS_SHOWN) {
                                        shown.add(new SurveyImports.ProblemRow(
                                                row,
                                                columnName,
                                                problem.value(),
                                                problem.reason().name()));
                                    }
                                }
                                // Cells go back as they came, except that none can run as a formula in Excel.
                                List<String> record = new ArrayList<>(cells.stream()
                                        .map(Spreadsheets::neutraliseCell)
                                        .toList());
                                while (record.size() < headers.size()) {
                                    record.add("");
                                }
                                record.add(String.valueOf(row));
                                record.add(String.join("; ", reasons));
                                try {
                                    rejects.printRecord(record);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                                return true;
                            },
                            fraction -> report(id, fraction, 100, reported, false));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        imports.checked(id, counts[0], counts[1], counts[2], shown);
    }

    private void importRows(SurveyImport upload) throws IOException, SQLException {
        Long id = upload.getId();
        ImportRowParser parser = parser(upload);
        long expected = Math.max(1, upload.getValidRows());
        int[] reported = {0};
        try (Connection connection = new KohtaamoDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (ResponseImporter importer = new ResponseImporter(connection, id, clock)) {
                ImportFile.open(imports.file(upload))
                        .read(
                                (row, cells) -> {
                                    ImportRowParser.Result result = parser.parse(cells);
                                    if (result.valid()) {
                                        try {
                                            importer.stage(result.row());
                                        } catch (SQLException e) {
                                            throw new StagingFailed(e);
                                        }
                                        report(id, (double) importer.staged() / expected, 90, reported, true);
                                    }
                                    return true;
                                },
                                fraction -> {});
                ResponseImporter.Result result = importer.complete();
                try (PreparedStatement done = connection.prepareStatement("update survey_import set status = 'DONE',"
                        + " progress = 100, added_rows = ?, duplicate_rows = ?, finished_at = ? where id = ?")) {
                    done.setLong(1, result.added());
                    done.setLong(2, result.duplicates());
                    done.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(clock)));
                    done.setLong(4, id);
                    done.executeUpdate();
                }
                connection.commit();
                LOG.info(() -> "Survey import " + id + ": " + result.added() + " added, " + result.duplicates()
                        + " duplicates");
                commentThemes.readPendingAsync();
            } catch (StagingFailed e) {
                rollback(connection, e.getCause());
                throw e.getCause();
            } catch (IOException | SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        }
        Files.deleteIfExists(imports.file(upload));
    }

    /**
     * Saves progress in whole percent, scaled to this step's share, when it has moved. While this thread holds the
     * import's own connection, the save runs on another thread: a container transaction here could share, and then
     * commit, that connection.
     */
    private void report(Long id, double fraction, int share, int[] reported, boolean elsewhere) {
        if (fraction < 0) {
            return;
        }
        int percent = (int) Math.min(share, Math.floor(fraction * share));
        if (percent > reported[0]) {
            reported[0] = percent;
            if (elsewhere) {
                executor.execute(() -> imports.progress(id, percent));
            } else {
                imports.progress(id, percent);
            }
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Carries a database failure out of the file reader's row handler. */
    private static final class StagingFailed extends RuntimeException {
        StagingFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
