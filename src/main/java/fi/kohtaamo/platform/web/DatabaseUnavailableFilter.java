package fi.kohtaamo.platform.web;

import fi.kohtaamo.platform.Causes;
import fi.kohtaamo.platform.persistence.DatabaseOutage;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Answers "temporarily unavailable" (503 with {@code Retry-After: 30}) instead of a server error when a request failed
 * because the database cannot be reached; see {@link DatabaseOutage} for what counts. Any other failure passes through
 * to the usual error pages.
 *
 * <p>The answer never touches the database, because the error pages' template may: pages get {@link UnavailablePage}
 * (self-contained HTML in the visitor's language), {@code /api/*} gets an {@code application/problem+json} body. It
 * also serves the error dispatch, for a failure that happened before the filters ran (while signing in, say). Faces
 * Ajax requests are turned into a redirect to this page by {@link DatabaseUnavailableExceptionHandler}. Nothing needs
 * restarting afterwards: the connection pool validates its connections and replaces them once the database is back.
 */
@WebFilter(
        filterName = "databaseUnavailable",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class DatabaseUnavailableFilter extends HttpFilter {

    static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (failure instanceof Throwable t && DatabaseOutage.explains(t) && !response.isCommitted()) {
                answer(request, response, t);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.explains(e) || response.isCommitted()) {
                throw e;
            }
            answer(request, response, e);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        // An error dispatch carries the address of the error page; the address asked for is kept beside it.
        String uri = request.getDispatcherType() == DispatcherType.ERROR
                ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : request.getRequestURI();
        LOG.warning(() ->
                "Database unavailable, answered 503 to " + request.getMethod() + " " + uri + ": " + rootCause(failure));
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String path = uri == null ? "" : uri.substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write(UnavailablePage.problemJson());
        } else {
            response.setContentType("text/html");
            response.getWriter().write(UnavailablePage.html(UnavailablePage.languages(request)));
        }
    }

    static String rootCause(Throwable failure) {
        Throwable root = Causes.of(failure).reduce((outer, inner) -> inner).orElseThrow();
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
