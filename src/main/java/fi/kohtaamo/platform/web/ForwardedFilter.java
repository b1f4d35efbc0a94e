package fi.kohtaamo.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Makes every request look as the client made it, by the rules of {@link PublicAddress}: its remote address is the
 * client behind trusted proxies, its scheme the one the client used ({@code isSecure()} behind a trusted TLS proxy),
 * and every redirect the application sends goes to an allowed host, or is refused with 400 when the request named a
 * host Kohtaamo does not answer to. Declared first in web.xml, so that every other filter and page sees the same.
 */
public class ForwardedFilter extends HttpFilter {

    @Inject
    PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (wrapped(request)) {
            chain.doFilter(request, response);
            return;
        }
        Client client = new Client(request, address.scheme(request), address.client(request));
        chain.doFilter(client, new Redirects(response, client, address.origin(request)));
    }

    /** Whether the request is already one of ours (an error page shown from within the chain, say). */
    private static boolean wrapped(ServletRequest request) {
        for (ServletRequest r = request; r instanceof ServletRequestWrapper wrapper; r = wrapper.getRequest()) {
            if (r instanceof Client) {
                return true;
            }
        }
        return false;
    }

    /** The request with the client's scheme and address. */
    static final class Client extends HttpServletRequestWrapper {

        private final String scheme;
        private final String remoteAddress;

        Client(HttpServletRequest request, String scheme, String remoteAddress) {
            super(request);
            this.scheme = scheme;
            this.remoteAddress = remoteAddress;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getRemoteAddr() {
            return remoteAddress;
        }

        @Override
        public String getRemoteHost() {
            return remoteAddress;
        }

        @Override
        public int getServerPort() {
            String host = getHeader("Host");
            if (host == null) {
                return super.getServerPort();
            }
            int colon = host.lastIndexOf(':');
            if (colon > host.lastIndexOf(']')) {
                try {
                    return Integer.parseInt(host.substring(colon + 1));
                } catch (NumberFormatException e) {
                    return super.getServerPort();
                }
            }
            return isSecure() ? 443 : 80;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(getServerName());
            int port = getServerPort();
            if (port != (isSecure() ? 443 : 80)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }

    /** Redirects to the request's allowed origin, never to a host the client named that Kohtaamo does not answer to. */
    static final class Redirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final Optional<String> origin;

        Redirects(HttpServletResponse response, HttpServletRequest request, Optional<String> origin) {
            super(response);
            this.request = request;
            this.origin = origin;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (location.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || location.startsWith("//")) {
                super.sendRedirect(location);
            } else if (origin.isEmpty()) {
                super.sendError(SC_BAD_REQUEST);
            } else if (location.startsWith("/")) {
                super.sendRedirect(origin.get() + location);
            } else {
                String path = request.getRequestURI();
                super.sendRedirect(origin.get() + path.substring(0, path.lastIndexOf('/') + 1) + location);
            }
        }
    }
}
