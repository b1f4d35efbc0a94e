package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Reactions;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * The workshops whose one question the signed-in person has still to answer, on their home page, each with a link to
 * answer and a button to dismiss it.
 */
@Named
@RequestScoped
public class ReactionPromptsBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Reactions reactions;

    @Inject
    Language language;

    private List<WorkshopSession> pending;

    @PostConstruct
    void read() {
        pending = reactions.pendingFor(currentUser.getPerson());
    }

    public List<WorkshopSession> getPending() {
        return pending;
    }

    public String title(WorkshopSession session) {
        return session.getGuide().getHeading().getTitle().in(language.getLocale());
    }

    public String dismiss(Long sessionId) {
        reactions.dismiss(currentUser.getPerson(), sessionId);
        Messages.addFlashGlobalInfo(language.text("reaction.dismissed"));
        return "/home/employee?faces-redirect=true";
    }
}
