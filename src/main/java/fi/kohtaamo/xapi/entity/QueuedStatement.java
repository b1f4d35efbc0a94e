package fi.kohtaamo.xapi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * An xAPI statement for the learning record store, kept until the store has it (and afterwards, for the
 * administrator's page). Its id is the statement's id, chosen when the event happened, so that sending it again
 * never makes a second record. A statement the store refuses (a 4xx answer) is kept with the reason and never sent
 * again; any other failure is retried, later each time.
 */
@Entity
@Table(name = "xapi_statement")
@NamedQuery(
        name = "QueuedStatement.due",
        query = "select s.id from QueuedStatement s where s.sentAt is null and s.refused = false"
                + " and s.nextAttemptAt <= :now order by s.createdAt, s.id")
@NamedQuery(
        name = "QueuedStatement.problems",
        query = "select s from QueuedStatement s where s.sentAt is null and s.attempts > 0"
                + " order by s.refused desc, s.createdAt desc")
@Getter
public class QueuedStatement {

    /** The first retry waits this long; each later one twice as long as the one before, up to {@link #LONGEST_WAIT}. */
    public static final Duration FIRST_WAIT = Duration.ofSeconds(30);

    public static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /** The statement's id, a UUID. */
    @Id
    private String id;

    /** The person the statement is about. */
    @Column(name = "person_id")
    private Long personId;

    /** What the statement is about, for the administrator ("completed customer-experience-basics"). */
    private String summary;

    /** The statement as JSON, exactly as it is sent. */
    private String statement;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    private int attempts;

    /** Whether the store refused the statement for good (a 4xx answer): it is not sent again. */
    private boolean refused;

    @Column(name = "last_error")
    private String lastError;

    protected QueuedStatement() {}

    public QueuedStatement(String id, long personId, String summary, String statement, LocalDateTime now) {
        this.id = id;
        this.personId = personId;
        this.summary = summary.substring(0, Math.min(300, summary.length()));
        this.statement = statement;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(LocalDateTime now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** A failure worth trying again (the store down, slow or failing): the next attempt waits longer. */
    public void failed(String error, LocalDateTime now) {
        attempts++;
        lastError = shortened(error);
        nextAttemptAt = now.plus(waitAfter(attempts));
    }

    /** The store will never take this statement as it is. */
    public void refused(String reason) {
        attempts++;
        refused = true;
        lastError = shortened(reason);
    }

    /** How long to wait after the given number of failed attempts: 30 s, 1 min, 2 min, … at most an hour. */
    public static Duration waitAfter(int failures) {
        Duration wait = FIRST_WAIT;
        for (int i = 1; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
    }

    private static String shortened(String text) {
        String error = text == null || text.isBlank() ? "unknown error" : text.strip();
        return error.substring(0, Math.min(1000, error.length()));
    }
}
