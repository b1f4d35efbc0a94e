package fi.kohtaamo.platform.web;

import fi.kohtaamo.platform.Causes;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Turns an {@link AccessDenied} thrown anywhere below into a 403 answer, which shows the friendly 403 page instead of
 * a server error; {@link AccessDeniedAudit} writes the refusal and its reason to the audit log.
 */
@WebFilter(filterName = "accessDenied", urlPatterns = "/*")
public class AccessDeniedFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            AccessDenied denied = deniedBy(e);
            if (denied == null || response.isCommitted()) {
                throw e;
            }
            response.reset();
            request.setAttribute(AccessDeniedAudit.REASON, denied.getMessage());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The {@link AccessDenied} that caused this exception, if one did. */
    static AccessDenied deniedBy(Throwable e) {
        return Causes.of(e)
                .filter(AccessDenied.class::isInstance)
                .map(AccessDenied.class::cast)
                .findFirst()
                .orElse(null);
    }
}
