package fi.kohtaamo.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the data source makes of the database URL it is given (KOHTAAMO_DB_URL): an H2 database that behaves like
 * PostgreSQL where the migrations rely on it, a PostgreSQL connection that gives up quickly, and a clear refusal of
 * anything else.
 */
class KohtaamoDataSourceTest {

    private static String memoryUrl() {
        return "jdbc:h2:mem:" + UUID.randomUUID();
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String mode(Connection connection) throws SQLException {
        return column(connection, "select setting_value from information_schema.settings where setting_name = 'MODE'")
                .get(0);
    }

    @Test
    void h2BehavesLikePostgresqlForTheMigrations() throws SQLException {
        DataSource h2 = KohtaamoDataSource.create(memoryUrl(), "kohtaamo", "kohtaamo");

        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table Visit (Id int, Score int)");
            statement.execute("insert into visit (id, score) values (1, null), (2, 9), (3, 7)");

            assertThat(mode(connection)).isEqualToIgnoringCase("PostgreSQL");
            assertThat(column(
                            connection,
                            "select table_name from information_schema.tables where table_name like 'vis%'"))
                    .as("unquoted names are lower case, as PostgreSQL keeps them")
                    .containsExactly("visit");
            assertThat(column(connection, "select id from visit order by score"))
                    .as("nulls sort last, as on PostgreSQL")
                    .containsExactly("3", "2", "1");
        }
    }

    @Test
    void anH2UrlThatChoosesItsOwnModeKeepsIt() throws SQLException {
        DataSource h2 = KohtaamoDataSource.create(memoryUrl() + ";mode=MySQL", "kohtaamo", "kohtaamo");

        try (Connection connection = h2.getConnection()) {
            assertThat(mode(connection)).isEqualToIgnoringCase("MySQL");
        }
    }

    @Test
    void aPostgresqlUrlGivesAPostgresqlConnectionToThatDatabaseAsThatUser() {
        var dataSource = (PGSimpleDataSource)
                KohtaamoDataSource.create("jdbc:postgresql://db.internal:5433/kohtaamo", "app", "secret");

        assertThat(dataSource.getServerNames()).containsExactly("db.internal");
        assertThat(dataSource.getPortNumbers()).containsExactly(5433);
        assertThat(dataSource.getDatabaseName()).isEqualTo("kohtaamo");
        assertThat(dataSource.getUser()).isEqualTo("app");
        assertThat(dataSource.getPassword()).isEqualTo("secret");
    }

    @Test
    void aPostgresqlConnectionGivesUpSoonerThanTheDriverWouldUnlessTheUrlSaysHowLong() {
        int driversOwn = new PGSimpleDataSource().getConnectTimeout();
        var quick = (PGSimpleDataSource) KohtaamoDataSource.create("jdbc:postgresql://db/kohtaamo", "k", "k");
        var patient = (PGSimpleDataSource)
                KohtaamoDataSource.create("jdbc:postgresql://db/kohtaamo?connectTimeout=30", "k", "k");

        assertThat(quick.getConnectTimeout()).isPositive().isLessThan(driversOwn);
        assertThat(patient.getConnectTimeout()).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://localhost/k", "jdbc:postgres://localhost/k", "postgresql://localhost/k", ""})
    void anyOtherUrlIsRefusedNamingTheVariableAndTheValue(String url) {
        assertThatThrownBy(() -> KohtaamoDataSource.create(url, "k", "k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KOHTAAMO_DB_URL")
                .hasMessageEndingWith("it was " + url);
    }
}
