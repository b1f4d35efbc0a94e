package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Commitments;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.Commitment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * The signed-in person's own commitments from their team's workshops, which they may mark done, and their team's
 * (those with no single owner, of their unit or a unit above it), for their home page.
 */
@Named
@RequestScoped
public class MyCommitmentsBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Sessions sessions;

    @Inject
    Commitments commitments;

    @Inject
    Language language;

    private List<Commitment> mine;
    private List<Commitment> team;
    private Long attended;

    public List<Commitment> getMine() {
        if (mine == null) {
            mine = sessions.commitmentsOf(currentUser.getPerson());
        }
        return mine;
    }

    public List<Commitment> getTeam() {
        if (team == null) {
            team = sessions.teamCommitmentsFor(currentUser.getPerson());
        }
        return team;
    }

    public long getWorkshopsAttended() {
        if (attended == null) {
            attended = sessions.attendedCount(currentUser.getPerson());
        }
        return attended;
    }

    public void markDone(Long commitmentId) {
        commitments.setStatus(currentUser.getPerson(), commitmentId, Commitment.State.DONE);
        mine = null;
        Messages.addGlobalInfo(language.text("commitment.markedDone"));
    }
}
