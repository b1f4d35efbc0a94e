package fi.kohtaamo.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.omnifaces.util.Faces;

/**
 * Answers 404 (the friendly "not found" page) when an address carries a view parameter that does not convert, such as
 * {@code /insight/unit?unit=abc}. Without it the page's view action would be skipped and the page rendered without
 * its data, which ends in a server error. Only plain GET requests are concerned: a form's own validation messages
 * still show beside its fields.
 */
public class InvalidViewParameters implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed()) {
            Faces.responseSendError(404, "Invalid address parameter");
        }
    }
}
