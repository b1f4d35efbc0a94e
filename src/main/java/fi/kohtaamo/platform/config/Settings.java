package fi.kohtaamo.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Kohtaamo's settings from MicroProfile Config: environment variables such as {@code KOHTAAMO_DEMO}, system
 * properties, or {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "kohtaamo.demo")
    Optional<Boolean> demo;

    @Inject
    @ConfigProperty(name = "kohtaamo.db.url")
    Optional<String> databaseUrl;

    /**
     * Whether demo data is loaded into an empty database: {@code KOHTAAMO_DEMO} says so, and without it demo mode is
     * on exactly when Kohtaamo runs on its embedded H2 database.
     */
    public boolean demoMode() {
        return demo.orElseGet(
                () -> databaseUrl.map(url -> url.startsWith("jdbc:h2:")).orElse(true));
    }
}
