package fi.kohtaamo.casework.boundary;

import fi.kohtaamo.casework.control.CaseFigures;
import fi.kohtaamo.casework.control.CaseProblem;
import fi.kohtaamo.casework.control.DetractorCases;
import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.survey.control.CommentThemes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * HR's view of detractor cases per unit over the last 12 months ({@link CaseFigures}), and the acknowledgement target
 * that new cases get. Only for those who oversee the whole organisation.
 */
@Named
@RequestScoped
public class CaseFiguresBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    DetractorCases cases;

    @Inject
    CommentThemes themes;

    @Inject
    Language language;

    @Inject
    Clock clock;

    @Getter
    private List<CaseFigures> rows = List.of();

    @Getter
    @Setter
    private Integer hours;

    public void load() {
        Person viewer = currentUser.getPerson();
        oversight.requireOverseesAll(viewer);
        LocalDateTime now = LocalDateTime.now(clock);
        rows = CaseFigures.of(cases.openedSince(oversight.unitsOverseenBy(viewer), now.minusMonths(12)), now);
        if (hours == null) {
            hours = (int) cases.acknowledgeTarget().toHours();
        }
    }

    public String saveTarget() {
        try {
            cases.setAcknowledgeHours(currentUser.getPerson(), hours);
            Messages.addFlashGlobalInfo(language.text("caseFigures.targetSaved"));
            return "/casework/figures?faces-redirect=true";
        } catch (CaseProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addError("target:hours", language.text(problem.messageKey()));
            return null;
        }
    }

    /** A root cause's name in the page's language. */
    public String label(RootCause cause) {
        return cause.theme() != null
                ? themes.name(cause.theme(), language.getLocale())
                : language.text(cause.factor().messageKey());
    }
}
