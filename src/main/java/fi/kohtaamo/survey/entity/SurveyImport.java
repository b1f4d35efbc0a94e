package fi.kohtaamo.survey.entity;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * One file of customer responses uploaded by HR, from upload through checking to import. The file itself waits in the
 * import folder under {@link #getStoredName()} until the import is done or cancelled. Counts are exact: rows added,
 * rows skipped as already stored, rows rejected.
 */
@Entity
@Table(name = "survey_import")
@NamedQuery(name = "SurveyImport.recent", query = "select i from SurveyImport i order by i.createdAt desc")
@NamedQuery(name = "SurveyImport.unfinished", query = "select i.id from SurveyImport i where i.status in :statuses")
@Getter
public class SurveyImport implements java.io.Serializable {

    public enum Status {
        UPLOADED,
        CHECKING,
        CHECKED,
        IMPORTING,
        DONE,
        CANCELLED,
        FAILED;

        /** Whether work for this import is under way in the background. */
        public boolean isRunning() {
            return this == CHECKING || this == IMPORTING;
        }
    }

    /** Separates the header's column names in {@code header_line}. */
    private static final String SEPARATOR = "\u001F";

    @Id
    @SequenceGenerator(name = "survey_import_seq", sequenceName = "survey_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_import_seq")
    private Long id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "stored_name")
    private String storedName;

    @Column(name = "file_format")
    private String fileFormat;

    @Column(name = "charset_name")
    private String charsetName;

    @Column(name = "delimiter_char")
    private String delimiter;

    @Column(name = "header_line")
    private String headerLine;

    @Column(name = "column_mapping")
    private String columnMapping;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_channel")
    private Channel defaultChannel = Channel.OTHER;

    @Enumerated(EnumType.STRING)
    private Status status = Status.UPLOADED;

    @Setter
    private int progress;

    @Column(name = "total_rows")
    private Long totalRows;

    @Column(name = "valid_rows")
    private Long validRows;

    @Column(name = "rejected_rows")
    private Long rejectedRows;

    @Column(name = "added_rows")
    private Long addedRows;

    @Column(name = "duplicate_rows")
    private Long duplicateRows;

    private String failure;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private Person uploadedBy;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    protected SurveyImport() {}

    public SurveyImport(
            String fileName,
            String storedName,
            String fileFormat,
            String charsetName,
            String delimiter,
            List<String> headers,
            Person uploadedBy) {
        this.fileName = fileName;
        this.storedName = storedName;
        this.fileFormat = fileFormat;
        this.charsetName = charsetName;
        this.delimiter = delimiter;
        this.headerLine = String.join(SEPARATOR, headers);
        if (headerLine.length() > 4000) {
            throw new IllegalArgumentException("too many or too long column names");
        }
        this.uploadedBy = uploadedBy;
    }

    /** The mapping chosen; the file is checked again from the start. */
    public void check(String mapping, Channel channel) {
        this.columnMapping = mapping;
        this.defaultChannel = channel;
        this.status = Status.CHECKING;
        this.progress = 0;
        this.failure = null;
    }

    public void checked(long total, long valid, long rejected) {
        this.totalRows = total;
        this.validRows = valid;
        this.rejectedRows = rejected;
        this.status = Status.CHECKED;
        this.progress = 100;
    }

    public void startImport() {
        this.status = Status.IMPORTING;
        this.progress = 0;
        this.failure = null;
    }

    public void cancel() {
        this.status = Status.CANCELLED;
        this.finishedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }

    public void fail(String reason) {
        this.status = Status.FAILED;
        this.failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        this.finishedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }

    /** The separator as people name it: ";", "," or "tab". */
    public String getDelimiter() {
        return "\t".equals(delimiter) ? "tab" : delimiter;
    }

    public List<String> getHeaders() {
        return Arrays.asList(headerLine.split(SEPARATOR, -1));
    }

    /** A failure as stored: the message key after {@code import.}, and the row it concerns where there is one. */
    public static String failure(String key, long row) {
        return row > 0 ? key + ":" + row : key;
    }

    /** Why the import failed, as a message key after {@code import.}; its argument is {@link #getFailureRow()}. */
    public String getFailure() {
        return failure == null ? null : failure.replaceFirst(":\\d+$", "");
    }

    /** The row of the file the failure concerns, or 0. */
    public long getFailureRow() {
        return failure != null && failure.matches(".*:\\d+$")
                ? Long.parseLong(failure.substring(failure.lastIndexOf(':') + 1))
                : 0;
    }
}
