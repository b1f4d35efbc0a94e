package fi.kohtaamo.survey.control;

import fi.kohtaamo.survey.entity.CustomerResponse;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Moves one import's valid rows into the customer responses on a connection whose transaction the caller owns, so that
 * a million rows arrive all together or not at all. Rows are first staged, then added in one statement that skips rows
 * already stored (same dedupe key) and repeats within the file, and the monthly unit totals are raised by exactly what
 * was added, each row in the month of its visit when the file gives one.
 *
 * <p>On PostgreSQL the rows are staged with {@code COPY} into a temporary table that disappears at commit, and added
 * with {@code on conflict do nothing}, which returns what it added for the monthly totals. Elsewhere (H2) they are
 * staged in {@code import_row} with JDBC batches.
 *
 * <pre>{@code
 * connection.setAutoCommit(false);
 * ResponseImporter importer = new ResponseImporter(connection, importId, clock);
 * rows.forEach(importer::stage);
 * ResponseImporter.Result result = importer.complete();
 * connection.commit();
 * }</pre>
 */
public final class ResponseImporter implements AutoCloseable {

    private final Clock clock;

    /** Rows added, and rows skipped because they were already stored or repeated in the file. */
    public record Result(long added, long duplicates) {}

    private static final int CHUNK = 5_000;

    private static final String COLUMNS =
            "import_id, row_no, unit_id, answered_at, nps, csat, comment, channel, external_id, dedupe_key, visited_at";

    private static final String ADD = "insert into customer_response (id, unit_id, answered_at, visited_at, nps, csat,"
            + " comment, channel, source, external_id, dedupe_key, created_at, import_id)"
            + " select nextval('customer_response_seq'), s.unit_id, s.answered_at, s.visited_at, s.nps, s.csat,"
            + " s.comment, s.channel, 'IMPORT', s.external_id, s.dedupe_key, ?, s.import_id";

    /** A row counts in the month of its visit when known ({@link CustomerResponse#COUNTED_AT_SQL}). */
    private static final String MONTH_OF = "extract(year from " + CustomerResponse.COUNTED_AT_SQL
            + "), extract(month from " + CustomerResponse.COUNTED_AT_SQL + ")";

    private static final String MONTHS = "select unit_id, " + MONTH_OF + ","
            + " count(*), sum(case when nps >= 9 then 1 else 0 end), sum(case when nps between 7 and 8 then 1 else 0 end),"
            + " sum(case when nps <= 6 then 1 else 0 end), coalesce(sum(csat), 0), count(csat)";

    private static final String GROUP = " group by unit_id, " + MONTH_OF;

    /** The first of repeated rows wins and rows already stored are skipped; what was added is counted by month. */
    private static final String ADD_POSTGRESQL = "with added as (" + ADD
            + " from import_stage s order by s.row_no on conflict (dedupe_key) do nothing"
            + " returning unit_id, answered_at, visited_at, nps, csat) " + MONTHS + " from added" + GROUP;

    /** The same for H2, in two steps: the first of each key in the file unless already stored, then the months. */
    private static final String ADD_PORTABLE = ADD
            + " from (select i.*, row_number() over (partition by i.dedupe_key order by i.row_no) as rn"
            + " from import_row i where i.import_id = ?) s"
            + " where s.rn = 1 and not exists (select 1 from customer_response r where r.dedupe_key = s.dedupe_key)";

    private static final String MONTHS_PORTABLE = MONTHS + " from customer_response where import_id = ?" + GROUP;

    private final Connection connection;
    private final long importId;
    private final CopyManager copy;
    private final StringBuilder copyBuffer = new StringBuilder();
    private PreparedStatement batch;
    private int pending;
    private long staged;

    public ResponseImporter(Connection connection, long importId, Clock clock) throws SQLException {
        this.clock = clock;
        this.connection = connection;
        this.importId = importId;
        this.copy = connection.isWrapperFor(PGConnection.class)
                ? connection.unwrap(PGConnection.class).getCopyAPI()
                : null;
        if (copy != null) {
            try (Statement create = connection.createStatement()) {
                create.execute("create temporary table import_stage (like import_row) on commit drop");
            }
        } else {
            clearStaging();
        }
    }

    /** Rows staged so far. */
    public long staged() {
        return staged;
    }

    public void stage(ImportRowParser.Row row) throws SQLException {
        staged++;
        if (copy != null) {
            copyBuffer
                    .append(importId)
                    .append(',')
                    .append(staged)
                    .append(',')
                    .append(row.unitId())
                    .append(',')
                    .append(Timestamp.valueOf(row.answeredAt()))
                    .append(',')
                    .append(row.nps())
                    .append(',')
                    .append(row.csat() == null ? "" : row.csat().toString())
                    .append(',');
            quoted(row.comment());
            copyBuffer.append(',').append(row.channel().name()).append(',');
            quoted(row.externalId());
            copyBuffer.append(',').append(row.dedupeKey()).append(',');
            if (row.visitedAt() != null) {
                copyBuffer.append(Timestamp.valueOf(row.visitedAt()));
            }
            copyBuffer.append('\n');
        } else {
            if (batch == null) {
                batch = connection.prepareStatement(
                        "insert into import_row (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            }
            batch.setLong(1, importId);
            batch.setLong(2, staged);
            batch.setLong(3, row.unitId());
            batch.setTimestamp(4, Timestamp.valueOf(row.answeredAt()));
            batch.setInt(5, row.nps());
            batch.setObject(6, row.csat(), Types.INTEGER);
            batch.setString(7, row.comment());
            batch.setString(8, row.channel().name());
            batch.setString(9, row.externalId());
            batch.setString(10, row.dedupeKey());
            batch.setTimestamp(11, row.visitedAt() == null ? null : Timestamp.valueOf(row.visitedAt()));
            batch.addBatch();
        }
        if (++pending >= CHUNK) {
            flush();
        }
    }

    private void quoted(String value) {
        if (value != null) {
            copyBuffer.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }

    private void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        if (copy != null) {
            try {
                copy.copyIn(
                        "copy import_stage (" + COLUMNS + ") from stdin with (format csv)",
                        new StringReader(copyBuffer.toString()));
            } catch (IOException e) {
                throw new SQLException(e);
            }
            copyBuffer.setLength(0);
        } else {
            batch.executeBatch();
        }
        pending = 0;
    }

    /** Adds the staged rows that are new, raises the monthly totals, and clears the staging rows. */
    public Result complete() throws SQLException {
        flush();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        long added;
        if (copy != null) {
            try (PreparedStatement insert = connection.prepareStatement(ADD_POSTGRESQL)) {
                insert.setTimestamp(1, now);
                try (ResultSet months = insert.executeQuery()) {
                    added = addToMonths(months);
                }
            }
        } else {
            try (PreparedStatement insert = connection.prepareStatement(ADD_PORTABLE);
                    PreparedStatement months = connection.prepareStatement(MONTHS_PORTABLE)) {
                insert.setTimestamp(1, now);
                insert.setLong(2, importId);
                added = insert.executeLargeUpdate();
                months.setLong(1, importId);
                try (ResultSet totals = months.executeQuery()) {
                    addToMonths(totals);
                }
            }
            clearStaging();
        }
        return new Result(added, staged - added);
    }

    /** Raises each month's running totals by the rows (unit, year, month, counts…); returns how many rows that was. */
    private long addToMonths(ResultSet month) throws SQLException {
        long rows = 0;
        try (PreparedStatement lock = connection.prepareStatement(
                        "select responses from unit_month_result where unit_id = ? and month_start = ? for update");
                PreparedStatement update = connection.prepareStatement("update unit_month_result set"
                        + " responses = responses + ?, promoters = promoters + ?, passives = passives + ?,"
                        + " detractors = detractors + ?, csat_sum = csat_sum + ?, csat_count = csat_count + ?"
                        + " where unit_id = ? and month_start = ?");
                PreparedStatement insert = connection.prepareStatement("insert into unit_month_result (responses,"
                        + " promoters, passives, detractors, csat_sum, csat_count, unit_id, month_start)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            while (month.next()) {
                long unitId = month.getLong(1);
                Date start = Date.valueOf(LocalDate.of(month.getInt(2), month.getInt(3), 1));
                lock.setLong(1, unitId);
                lock.setDate(2, start);
                boolean exists;
                try (ResultSet found = lock.executeQuery()) {
                    exists = found.next();
                }
                PreparedStatement change = exists ? update : insert;
                for (int i = 0; i < 6; i++) {
                    change.setLong(i + 1, month.getLong(i + 4));
                }
                change.setLong(7, unitId);
                change.setDate(8, start);
                change.executeUpdate();
                rows += month.getLong(4);
            }
        }
        return rows;
    }

    private void clearStaging() throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("delete from import_row where import_id = ?")) {
            clear.setLong(1, importId);
            clear.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        if (batch != null) {
            batch.close();
        }
    }
}
