package fi.kohtaamo.platform.persistence;

import fi.kohtaamo.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} before anything else touches the
 * database. A failed migration stops the deployment: Kohtaamo never runs on a schema it does not understand.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean done;

    void migrate(@Observes @Priority(StartupOrder.MIGRATE_DATABASE) Startup startup) {
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        done = true;
    }

    /**
     * Whether this start has brought the schema up to date: until then nothing may read or write the database (a
     * scheduled job's timer can fire while the deployment is still starting).
     */
    public boolean isDone() {
        return done;
    }
}
