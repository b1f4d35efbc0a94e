package fi.kohtaamo.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.platform.persistence.DatabaseMigration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A job whose timer fires while Kohtaamo still starts gets no lease, and so never touches the database. */
class LeasesTest {

    @Test
    void noLeaseIsTakenBeforeTheSchemaIsMigrated() {
        Leases leases = new Leases();
        leases.migration = new DatabaseMigration();
        // no entity manager: taking a lease now would fail on it, as it fails on a table not created yet

        assertThat(leases.take("mail-delivery", Duration.ofSeconds(50))).isFalse();
    }
}
