package fi.kohtaamo.platform.web;

import fi.kohtaamo.platform.persistence.DatabaseOutage;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.omnifaces.context.OmniPartialViewContext;

/**
 * Sends a Faces Ajax request that failed because the database is unreachable to the "temporarily unavailable" page:
 * the browser gets a partial-response redirect to the page it is on, and loading that page again is answered by
 * {@link DatabaseUnavailableFilter}. Without it, OmniFaces' {@code FullAjaxExceptionHandler} would try to render the
 * 500 error page, whose template needs the database too. Every other exception goes on to the wrapped handler.
 *
 * <p>Registered in {@code faces-config.xml} after OmniFaces' factory, so that it sees the exceptions first.
 */
public class DatabaseUnavailableExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableExceptionHandler.class.getName());

    /** Wraps the exception handler of the factories registered before it. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DatabaseUnavailableExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public DatabaseUnavailableExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Throwable outage = context != null && context.getPartialViewContext().isAjaxRequest() ? queuedOutage() : null;
        if (outage == null) {
            getWrapped().handle();
            return;
        }
        redirectToSamePage(context, outage);
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            events.next();
            events.remove();
        }
    }

    private Throwable queuedOutage() {
        for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
            Throwable exception = event.getContext().getException();
            if (DatabaseOutage.explains(exception)) {
                return exception;
            }
        }
        return null;
    }

    private static void redirectToSamePage(FacesContext context, Throwable outage) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LOG.warning(() -> "Database unavailable, redirected the Ajax request " + request.getRequestURI()
                + " to the same page: " + DatabaseUnavailableFilter.rootCause(outage));
        try {
            // Whatever the failed rendering wrote goes, including the partial response it had begun.
            external.responseReset();
            OmniPartialViewContext.getCurrentInstance(context).resetPartialResponse();
            external.redirect(request.getRequestURI());
        } catch (IOException e) {
            throw new FacesException(e);
        }
        context.responseComplete();
    }
}
