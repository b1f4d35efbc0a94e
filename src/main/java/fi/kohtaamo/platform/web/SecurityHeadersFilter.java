package fi.kohtaamo.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-side protections every answer carries, pages, API, static resources and error pages alike: no MIME
 * sniffing, no referrer sent to other sites, never shown in a frame, no camera, microphone or location, and on TLS a
 * Strict-Transport-Security header.
 *
 * <p>The Content-Security-Policy of Faces pages comes from PrimeFaces ({@code primefaces.CSP} in web.xml): it puts a
 * fresh nonce on every script it renders, moves inline event handlers ({@code onclick}, Ajax behaviours) into nonced
 * scripts, and adds the policy named in {@code primefaces.CSP_POLICY} with that nonce. Every other answer (the API,
 * JavaScript and CSS, the OpenAPI document, health) gets {@link #FALLBACK_POLICY}, which allows nothing. The filter
 * sets the fallback first and lets a later policy (PrimeFaces') replace it instead of adding a second header, since
 * a browser enforces every policy it receives.
 *
 * <p>It also runs for error dispatches, because the container resets the headers before it shows an error page.
 */
@WebFilter(
        filterName = "securityHeaders",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
        asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    /** For answers that are not Faces pages: they load nothing and may not be framed. */
    static final String FALLBACK_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** One year; sent only over TLS, where a browser honours it. */
    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader(CSP, FALLBACK_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a Content-Security-Policy set later replace the one already there rather than add a second. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
