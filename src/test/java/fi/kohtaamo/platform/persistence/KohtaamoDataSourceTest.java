package fi.kohtaamo.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class KohtaamoDataSourceTest {

    @Test
    void h2RunsInPostgresqlModeUnlessTheUrlChoosesAMode() {
        assertThat(KohtaamoDataSource.h2Url("jdbc:h2:file:./data/kohtaamo"))
                .isEqualTo(
                        "jdbc:h2:file:./data/kohtaamo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        assertThat(KohtaamoDataSource.h2Url("jdbc:h2:mem:x;mode=MySQL")).isEqualTo("jdbc:h2:mem:x;mode=MySQL");
    }

    @Test
    void aPostgresqlUrlSelectsPostgresql() throws Exception {
        var dataSource = KohtaamoDataSource.create("jdbc:postgresql://localhost:5432/kohtaamo", "k", "secret");

        assertThat(dataSource).isInstanceOf(PGSimpleDataSource.class);
        assertThat(((PGSimpleDataSource) dataSource).getDatabaseName()).isEqualTo("kohtaamo");
    }

    @Test
    void aPostgresqlConnectionGivesUpAfterASecondUnlessTheUrlSaysOtherwise() {
        var quick = (PGSimpleDataSource) KohtaamoDataSource.create("jdbc:postgresql://db/kohtaamo", "k", "k");
        var patient = (PGSimpleDataSource)
                KohtaamoDataSource.create("jdbc:postgresql://db/kohtaamo?connectTimeout=7", "k", "k");

        assertThat(quick.getConnectTimeout()).isEqualTo(1);
        assertThat(patient.getConnectTimeout()).isEqualTo(7);
    }

    @Test
    void anyOtherDatabaseIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> KohtaamoDataSource.create("jdbc:mysql://localhost/k", "k", "k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KOHTAAMO_DB_URL must start with jdbc:postgresql: or jdbc:h2:");
    }
}
