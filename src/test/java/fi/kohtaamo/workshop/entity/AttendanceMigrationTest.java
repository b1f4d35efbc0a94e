package fi.kohtaamo.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V28 on an embedded database holding the old yes-or-no attendance: those marked present become ATTENDED, those not
 * marked in a held session NO_SHOW, and in a session not held nothing is recorded.
 */
class AttendanceMigrationTest {

    private static final String URL = "jdbc:h2:mem:attendance-migration;DB_CLOSE_DELAY=-1";

    @Test
    void theOldYesOrNoBecomesAStateAndOnlyAHeldSessionHasNoShows() throws SQLException {
        migrate("26");
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                Statement sql = connection.createStatement()) {
            sql.execute("insert into unit (id, code, name, kind) values (1, 'M', 'Migraatio', 'UNIT')");
            for (int person = 1; person <= 2; person++) {
                sql.execute("insert into person (id, username, email, first_name, last_name, unit_id, created_at)"
                        + " values (" + person + ", 'p" + person + "', 'p" + person + "@example.com', 'P', 'P', 1,"
                        + " current_timestamp)");
            }
            sql.execute("insert into workshop_guide (id, title_fi, title_en, summary_fi, summary_en, minutes,"
                    + " content_hash) values ('g', 'G', 'G', 'S', 'S', 60, 'h')");
            session(sql, 1, "HELD");
            session(sql, 2, "SCHEDULED");
            sql.execute("insert into session_invitee (session_id, person_id, attended) values"
                    + " (1, 1, true), (1, 2, false), (2, 1, false), (2, 2, true)");
        }
        migrate("28");
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select session_id, person_id, attendance from session_invitee")) {
            Map<String, String> states = new HashMap<>();
            while (rows.next()) {
                states.put(rows.getLong(1) + "/" + rows.getLong(2), rows.getString(3));
            }
            assertThat(states)
                    .containsEntry("1/1", "ATTENDED")
                    .containsEntry("1/2", "NO_SHOW")
                    .containsEntry("2/1", null)
                    .containsEntry("2/2", "ATTENDED");
        }
    }

    private static void session(Statement sql, int id, String status) throws SQLException {
        sql.execute("insert into workshop_session (id, unit_id, guide_id, facilitator_id, starts_at, minutes, status,"
                + " ical_uid, created_at, updated_at) values (" + id + ", 1, 'g', 1, current_timestamp, 60, '"
                + status + "', 'uid" + id + "', current_timestamp, current_timestamp)");
    }

    private static void migrate(String target) {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }
}
