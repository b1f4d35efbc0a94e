package fi.kohtaamo.survey.control;

import fi.kohtaamo.platform.cluster.Leases;
import fi.kohtaamo.platform.metrics.Metrics;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on one node of the cluster: sends the survey invitations that are due and erases the addresses of
 * expired ones, and continues survey imports whose node stopped. Each job runs where its lease is held; the node
 * holding it keeps it by asking again each minute, and another node takes it once it has not been renewed for 50 s.
 */
@Singleton
public class SurveySchedule {

    private static final Logger LOG = Logger.getLogger(SurveySchedule.class.getName());
    private static final Duration HOLD = Duration.ofSeconds(50);

    @Inject
    Invitations invitations;

    @Inject
    SurveyImports imports;

    @Inject
    Leases leases;

    @Inject
    Metrics metrics;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        try {
            if (leases.take("survey-invitations", HOLD)) {
                int sent = invitations.sendDue();
                if (sent > 0) {
                    LOG.info(() -> sent + " survey invitation(s) queued");
                }
                metrics.jobRan("survey-invitations");
            }
            if (leases.take("survey-import-sweep", HOLD)) {
                imports.resumeUnfinished();
                metrics.jobRan("survey-import-sweep");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Survey invitations or imports were not handled this minute; trying again in a minute",
                    e);
        }
    }
}
