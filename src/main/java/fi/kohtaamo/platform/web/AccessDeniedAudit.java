package fi.kohtaamo.platform.web;

import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes every 403 answer to the audit log: who asked for which address, and why it was refused. It watches the way
 * to the 403 page, so it catches every kind of refusal: a page whose roles in {@code web.xml} exclude the caller (the
 * container's error dispatch), an {@link AccessDenied} thrown while a page is built (OmniFaces'
 * {@code FacesExceptionFilter} forwards to the page mapped to it), and one thrown elsewhere (which
 * {@link AccessDeniedFilter} turns into a 403, leaving its reason in {@link #REASON}).
 */
@WebFilter(
        filterName = "accessDeniedAudit",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.ERROR, DispatcherType.FORWARD})
public class AccessDeniedAudit extends HttpFilter {

    /** Request attribute: why a feature refused, for the audit log. */
    public static final String REASON = AccessDeniedAudit.class.getName() + ".reason";

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        AccessDenied denied = AccessDeniedFilter.deniedBy(exception);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status) || denied != null) {
            Object reason = request.getAttribute(REASON);
            String detail = reason != null ? reason.toString() : denied != null ? denied.getMessage() : "role";
            String user = request.getUserPrincipal() == null
                    ? null
                    : request.getUserPrincipal().getName();
            audit.accessDenied(user, AuditTarget.of("page", null, address(request)), detail);
        }
        chain.doFilter(request, response);
    }

    /** The address that was refused, with its query (which names the unit or session asked for). */
    static String address(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        String address = uri == null ? request.getRequestURI() : uri.toString();
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        if (query == null) {
            query = request.getQueryString();
        }
        return query == null ? address : address + "?" + query;
    }
}
