package fi.kohtaamo.platform.web;

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
 * a server error.
 */
@WebFilter(filterName = "accessDenied", urlPatterns = "/*")
public class AccessDeniedFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isAccessDenied(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean isAccessDenied(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDenied) {
                return true;
            }
        }
        return false;
    }
}
