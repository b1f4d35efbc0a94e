package fi.kohtaamo.casework.control;

import fi.kohtaamo.platform.cluster.Leases;
import fi.kohtaamo.platform.metrics.Metrics;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, on the one node of a cluster that holds the {@code detractor-case-contacts} lease: erases the customers'
 * contact details on cases opened more than 30 days ago ({@link DetractorCases#eraseOldContacts}). Erasing is
 * idempotent, so a run that fails or runs twice does no harm; the next run catches up.
 */
@Singleton
public class CaseSchedule {

    private static final Logger LOG = Logger.getLogger(CaseSchedule.class.getName());

    @Inject
    DetractorCases cases;

    @Inject
    Leases leases;

    @Inject
    Metrics metrics;

    @Schedule(hour = "*", minute = "25", persistent = false)
    void hourly() {
        try {
            if (leases.take("detractor-case-contacts", Duration.ofMinutes(50))) {
                int erased = cases.eraseOldContacts();
                if (erased > 0) {
                    LOG.info(() -> erased + " detractor case contact(s) erased after 30 days");
                }
                metrics.jobRan("detractor-case-contacts");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Detractor case contacts were not erased this hour; trying again in an hour", e);
        }
    }
}
