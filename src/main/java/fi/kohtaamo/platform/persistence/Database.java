package fi.kohtaamo.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * Declares Kohtaamo's one connection pool. {@link KohtaamoDataSource} decides whether it talks to H2 or PostgreSQL;
 * the persistence unit, Flyway and the readiness check all use {@link #JNDI_NAME}.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "fi.kohtaamo.platform.persistence.KohtaamoDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/kohtaamo";

    private Database() {}
}
