package fi.kohtaamo.survey.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, sends the survey invitations that are due and erases the addresses of expired ones. */
@Singleton
public class InvitationSchedule {

    private static final Logger LOG = Logger.getLogger(InvitationSchedule.class.getName());

    @Inject
    Invitations invitations;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void sendDue() {
        try {
            int sent = invitations.sendDue();
            if (sent > 0) {
                LOG.info(() -> sent + " survey invitation(s) queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Survey invitations were not sent this minute; trying again in a minute", e);
        }
    }
}
