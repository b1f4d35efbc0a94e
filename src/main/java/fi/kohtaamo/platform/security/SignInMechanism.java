package fi.kohtaamo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Sign-in through Kohtaamo's own page ({@code /login}), whose {@link LoginBean} calls {@code
 * SecurityContext.authenticate} with the username and password; {@link PersonIdentityStore} checks them.
 *
 * <p>The signed-in caller and their roles are kept in the HTTP session as a {@link Caller}, and every request of that
 * session is authenticated from it. The session is replicated across a cluster, so any node recognises the caller
 * with their roles, also after the node they signed in on has gone. (Payara's own session registration, which the
 * built-in form mechanisms use, restores the caller on another node without their roles: payara/Payara#6342.)
 *
 * <p>A visitor who opens a protected page without being signed in is redirected to {@code /login}, and after signing
 * in back to the page they asked for.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = SignInMechanism.class.getName() + ".caller";
    static final String RETURN_TO = SignInMechanism.class.getName() + ".returnTo";
    static final String LOGIN_PAGE = "/login";

    /** Who is signed in to a session, with their roles as groups. */
    record Caller(String name, Set<String> groups) implements Serializable {}

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        Credential credential = parameters == null ? null : parameters.getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession()
                        .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(origin(request) + request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // SEND_FAILURE, and the sign-in page shows why.
            return context.notifyContainerAboutLogin(result);
        }
        if (request.getSession(false) != null) {
            // A new session id on signing in, so that an id planted before cannot be used to ride the session.
            request.changeSessionId();
        }
        HttpSession session = request.getSession();
        String name = result.getCallerPrincipal().getName();
        session.setAttribute(CALLER, new Caller(name, Set.copyOf(result.getCallerGroups())));
        AuthenticationStatus status = context.notifyContainerAboutLogin(name, result.getCallerGroups());
        Object returnTo = session.getAttribute(RETURN_TO);
        if (returnTo != null) {
            session.removeAttribute(RETURN_TO);
            return context.redirect(origin(request) + returnTo);
        }
        return status;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** Scheme, host and port as the browser used them (https behind a TLS-terminating balancer). */
    private static String origin(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}
