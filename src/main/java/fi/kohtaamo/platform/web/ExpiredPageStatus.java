package fi.kohtaamo.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Makes the "page expired" page answer 400. web.xml shows it for a view state that is forged, expired or from a session
 * since ended ({@code ViewExpiredException}), and for a post without the nonce of the page it claims to come from
 * (PrimeFaces' {@code CspException}): the request was bad, the server is fine, and the container would otherwise answer
 * 500 as for any exception. The page is rendered as a plain GET without the post's parameters, so that Faces neither
 * tries to restore the post's view nor checks its nonce again, which would fail the error page itself. Ajax requests get
 * the same page from OmniFaces' {@code FullAjaxExceptionHandler} inside a 200 partial response, as Faces' scripts need.
 */
@WebFilter(
        filterName = "expiredPageStatus",
        urlPatterns = ExpiredPageStatus.PAGE,
        dispatcherTypes = DispatcherType.ERROR)
public class ExpiredPageStatus extends HttpFilter {

    /** The page's location in web.xml. */
    static final String PAGE = "/WEB-INF/errorpages/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        chain.doFilter(new FreshRequest(request), response);
    }

    /** The refused request as a GET without parameters. */
    private static final class FreshRequest extends HttpServletRequestWrapper {
        FreshRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
