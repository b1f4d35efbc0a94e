package fi.kohtaamo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Refuses a file upload larger than the Faces servlet's multipart limit before a byte of it is read, and sends the
 * browser back to the page it came from with {@code ?upload=tooLarge}, where the page template shows a clear message.
 *
 * <p>Without it the container would read (and throw away) the whole body, two gigabytes say, and then fail the request
 * with a server error. Browsers state a form's size in {@code Content-Length}, so the check needs nothing else; the
 * connection is closed so that the rest of the body is never read. A Faces Ajax upload (PrimeFaces' advanced
 * {@code p:fileUpload}) gets a partial response that redirects, a plain form post a 303. PrimeFaces' own
 * {@code p:validateFile sizeLimit} tells the person the same before uploading; this covers everything else.
 */
@WebFilter(filterName = "uploadLimit", servletNames = "FacesServlet")
public class UploadLimitFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());

    /** web.xml's {@code max-request-size} of the Faces servlet (a test keeps them equal): a 500 MB file and its form. */
    public static final long MAX_REQUEST_BYTES = 525_336_576L;

    /** The query parameter the page template reads. */
    public static final String REFUSED = "upload";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (tooLarge(request)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean tooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.info(() ->
                "Refused an upload of " + request.getContentLengthLong() + " bytes to " + request.getRequestURI());
        String target = request.getRequestURI() + "?" + REFUSED + "=tooLarge";
        response.setHeader("Connection", "close");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream()
                    .write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>")
                            .getBytes(StandardCharsets.UTF_8));
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", target);
        }
        response.flushBuffer();
    }
}
