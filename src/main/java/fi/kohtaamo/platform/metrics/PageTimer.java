package fi.kohtaamo.platform.metrics;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Times every Faces request, from restoring its view to the end of rendering it or to the redirect that ends it early,
 * and reports it to {@link Metrics} under the view's id ({@code /insight/dashboard.xhtml}). A request whose view does
 * not exist is not timed. Registered in faces-config.xml.
 */
public class PageTimer implements PhaseListener {

    private static final String STARTED = PageTimer.class.getName() + ".started";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
            event.getFacesContext().getAttributes().put(STARTED, System.nanoTime());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE && !context.getResponseComplete()) {
            return;
        }
        Object started = context.getAttributes().remove(STARTED);
        UIViewRoot view = context.getViewRoot();
        if (started instanceof Long start && view != null && view.getViewId() != null) {
            CDI.current().select(Metrics.class).get().pageAnswered(view.getViewId(), System.nanoTime() - start);
        }
    }
}
