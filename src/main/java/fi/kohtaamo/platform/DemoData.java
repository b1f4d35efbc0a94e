package fi.kohtaamo.platform;

import fi.kohtaamo.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * How a feature loads its demo data when Kohtaamo starts in demo mode ({@code KOHTAAMO_DEMO}): only while the
 * feature's own table is still empty, so that a restart never loads it twice, all in one transaction, and with a random
 * seeded by the feature, so that every demo shows the same figures. Each feature's loader observes
 * {@link jakarta.enterprise.event.Startup} at its place in {@link StartupOrder} and hands its work to
 * {@link #loadOnce}, through the organisation's {@code DemoOrganisation.loadOnce}, which adds that the demo
 * organisation must be there; what else it needs (content) it checks itself.
 *
 * <pre>
 * void loadOnFirstStart(&#64;Observes &#64;Priority(StartupOrder.DEMO_PULSE) Startup startup) {
 *     demoOrganisation.loadOnce(PulseRound.class, 99, this::load);
 * }
 * </pre>
 */
@ApplicationScoped
public class DemoData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    /**
     * Runs {@code load} with a random seeded by {@code seed}, in one transaction, if Kohtaamo runs in demo mode and
     * no {@code entity} is stored yet.
     */
    @Transactional
    public void loadOnce(Class<?> entity, long seed, Consumer<Random> load) {
        if (settings.demoMode() && isEmpty(entity)) {
            load.accept(new Random(seed));
        }
    }

    private boolean isEmpty(Class<?> entity) {
        String name = em.getMetamodel().entity(entity).getName();
        return em.createQuery("select count(e) from " + name + " e", Long.class).getSingleResult() == 0;
    }
}
