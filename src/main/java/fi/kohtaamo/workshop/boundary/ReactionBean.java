package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Reactions;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * The one question after a workshop, for an attendee: how useful it was for their work (1–5) and a comment, changeable
 * until the question closes; or "not now", which takes it off their home page. Reached from the home page and the mail
 * sent once attendance was recorded.
 */
@Named
@ViewScoped
public class ReactionBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Reactions reactions;

    @Inject
    Language language;

    @Getter
    @Setter
    private Long session;

    @Getter
    @Setter
    private Integer score;

    @Getter
    @Setter
    private String comment;

    @Getter
    private String title;

    @Getter
    private LocalDateTime heldAt;

    /** The day the question closes, in the reader's language. */
    @Getter
    private String closesOn;

    @Getter
    private boolean open;

    @Getter
    private boolean answered;

    public void load() {
        WorkshopSession held = reactions.askedOf(currentUser.getPerson(), session);
        title = held.getGuide().getHeading().getTitle().in(language.getLocale()) + " – "
                + held.getUnit().getName();
        heldAt = held.getStartsAt();
        closesOn = reactions
                .closesAt(held)
                .toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale()));
        open = reactions.isOpen(held);
        reactions.of(currentUser.getPerson(), session).ifPresent(r -> {
            score = r.getScore();
            comment = r.getComment();
            answered = r.getScore() != null;
        });
    }

    public String save() {
        try {
            reactions.answer(currentUser.getPerson(), session, score, comment);
            Messages.addFlashGlobalInfo(language.text("reaction.thanks"));
            return "/home/employee?faces-redirect=true";
        } catch (WorkshopProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addError("reaction:" + problem.field(), language.text(problem.messageKey()));
            return null;
        }
    }

    public String dismiss() {
        reactions.dismiss(currentUser.getPerson(), session);
        Messages.addFlashGlobalInfo(language.text("reaction.dismissed"));
        return "/home/employee?faces-redirect=true";
    }
}
