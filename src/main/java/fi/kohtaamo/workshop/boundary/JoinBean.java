package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Seats;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.omnifaces.util.Messages;

/**
 * Workshops to join: the employee's upcoming sessions (a seat or a place in line), each of which they may cancel with a
 * reason, and the sessions open to their unit that they may sign up for themselves.
 */
@Named
@ViewScoped
public class JoinBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Seats seats;

    @Inject
    Language language;

    /** Sessions the employee has a seat in or waits for, soonest first. */
    @Getter
    private List<WorkshopSession> booked = List.of();

    /** Sessions open to the employee's unit that they are not on yet, soonest first. */
    @Getter
    private List<WorkshopSession> open = List.of();

    /** The reason typed for cancelling, by session id. */
    @Getter
    private Map<Long, String> reasons = new HashMap<>();

    public void load() {
        Person person = currentUser.getPerson();
        booked = seats.bookedBy(person);
        open = seats.openFor(person).stream().filter(s -> !booked.contains(s)).toList();
    }

    public void signUp(WorkshopSession session) {
        try {
            WorkshopSession saved = seats.signUp(currentUser.getPerson(), session.getId());
            Messages.addGlobalInfo(language.text(
                    saved.isInvited(currentUser.getPerson().getId()) ? "join.seated" : "join.waiting",
                    saved.placeInLine(currentUser.getPerson().getId())));
        } catch (WorkshopProblem problem) {
            Messages.addGlobalError(language.text(problem.messageKey()));
        }
        load();
    }

    /** Cancels the seat or place in line; a missing reason is explained on the session's reason field. */
    public void cancel(WorkshopSession session, int row) {
        try {
            seats.cancel(currentUser.getPerson(), session.getId(), reasons.get(session.getId()));
            reasons.remove(session.getId());
            Messages.addGlobalInfo(language.text("join.cancelled"));
            load();
        } catch (WorkshopProblem problem) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addError("join:booked:" + row + ":reason", language.text(problem.messageKey()));
        }
    }

    public String title(WorkshopSession session) {
        return session.getGuide().getHeading().getTitle().in(language.getLocale());
    }

    /** "You have a seat", or the place in line. */
    public String seat(WorkshopSession session) {
        Long me = currentUser.getPerson().getId();
        return session.isInvited(me)
                ? language.text("join.haveSeat")
                : language.text("join.inLine", session.placeInLine(me));
    }

    /** "12 of 20 seats taken", or how many have signed up when there is no limit. */
    public String seatsOf(WorkshopSession session) {
        return session.getCapacity() == null
                ? language.text("seats.takenUnlimited", session.getInvitees().size())
                : language.text("seats.takenOf", session.getInvitees().size(), session.getCapacity());
    }
}
