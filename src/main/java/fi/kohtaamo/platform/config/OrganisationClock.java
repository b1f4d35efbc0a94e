package fi.kohtaamo.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock every bean asks for "now": the system clock in the organisation's time zone ({@link
 * OrganisationZone}), so that a time stored as a local date-time is the organisation's wall time whatever zone the
 * server runs in, and a day or a month begins where the organisation's does. A plain unit test sets a fixed clock on
 * the field instead ({@code guard.clock = Clock.fixed(…)}).
 *
 * <pre>{@code
 * @Inject
 * Clock clock;
 * ...
 * LocalDate today = LocalDate.now(clock);
 * }</pre>
 */
@ApplicationScoped
public class OrganisationClock {

    @Produces
    Clock clock() {
        return Clock.system(OrganisationZone.ZONE);
    }
}
