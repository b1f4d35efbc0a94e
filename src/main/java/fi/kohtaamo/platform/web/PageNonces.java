package fi.kohtaamo.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;
import org.primefaces.util.Constants;

/**
 * Keeps PrimeFaces' Content-Security-Policy nonce of a page opened with a GET out of the HTTP session when the page
 * keeps no view state (the sign-in page, the customer survey, the error pages), and in its view state otherwise.
 *
 * <p>PrimeFaces makes a page's nonce just before rendering and keeps it in the view map, to check it on the page's
 * posts; it skips that for a transient view, but asks before the view is built, while it does not yet know that the
 * view is transient ({@code <f:view transient>} is read when the view is built). So it always made a view map, and
 * Mojarra keeps every view map in the session: every page opened a session, also for strangers, crawlers and floods.
 * Here the nonce of a GET is made right after the view is restored, when PrimeFaces is told the view is transient for
 * that moment; once the view is built ({@link jakarta.faces.event.PreRenderViewEvent}) the nonce goes into the view map
 * of a view that keeps state, exactly where PrimeFaces looks for it on the next post. Posts are left to PrimeFaces.
 *
 * <p>Registered in faces-config.xml both as a phase listener and as a listener of {@code PreRenderViewEvent}.
 */
public class PageNonces implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (view == null || !cspEnabled(faces) || isPost(faces)) {
            return;
        }
        boolean wasTransient = view.isTransient();
        view.setTransient(true);
        try {
            PrimeFacesContext.getCspState(faces).getNonce();
        } finally {
            view.setTransient(wasTransient);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Only after the view is restored.
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = (UIViewRoot) event.getSource();
        if (view.isTransient() || !cspEnabled(faces)) {
            return;
        }
        CspState csp = PrimeFacesContext.getCspState(faces);
        view.getViewMap(true).putIfAbsent(Constants.RequestParams.NONCE_PARAM, csp.getNonce());
    }

    private static boolean isPost(FacesContext faces) {
        return faces.isPostback() || faces.getPartialViewContext().isAjaxRequest();
    }

    private static boolean cspEnabled(FacesContext faces) {
        return PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp();
    }
}
