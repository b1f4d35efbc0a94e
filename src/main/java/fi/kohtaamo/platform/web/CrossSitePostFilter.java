package fi.kohtaamo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a Faces form post (any postback, Ajax or not) sent from another site's page, by the same {@link
 * PublicAddress#sameOrigin} rule the sign-in page uses: the view state already stops a forged post from changing
 * anything, and this stops it before any of it is read. The answer is the 403 page, and the refusal is written to the
 * audit log ({@link AccessDeniedAudit}). The sign-in page itself keeps no view state and answers a cross-site post
 * with its own message ({@code LoginBean}), so it is left to that.
 */
@WebFilter(filterName = "crossSitePosts", servletNames = "FacesServlet")
public class CrossSitePostFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !signInPage(request) && !PublicAddress.sameOrigin(request)) {
            request.setAttribute(AccessDeniedAudit.REASON, "posted from another site: " + request.getHeader("Origin"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signInPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/login") || path.equals("/login.xhtml");
    }
}
