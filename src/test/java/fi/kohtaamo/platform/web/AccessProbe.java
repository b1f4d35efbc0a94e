package fi.kohtaamo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only filter, deployed only with {@link AccessMatrixIT}: notes every request that got past the container's
 * security constraints into the application. Filters run after the constraints are enforced, so a request marked with
 * an {@code X-Access-Probe} header that is noted here was let in by web.xml, whatever the page then answered (a page's
 * own object-level 403 included).
 */
@WebFilter(filterName = "accessProbe", urlPatterns = "/*")
public class AccessProbe extends HttpFilter {

    static final String HEADER = "X-Access-Probe";

    private static final Set<String> REACHED = ConcurrentHashMap.newKeySet();

    static boolean reached(String probe) {
        return REACHED.contains(probe);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String probe = request.getHeader(HEADER);
        if (probe != null) {
            REACHED.add(probe);
        }
        chain.doFilter(request, response);
    }
}
