package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.PersonIdentityStore;
import fi.kohtaamo.organisation.control.SingleSignOn;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.persistence.DatabaseOutage;
import fi.kohtaamo.platform.security.AnonymousSessions;
import fi.kohtaamo.platform.security.OpenIdClient;
import fi.kohtaamo.platform.security.OpenIdSettings;
import fi.kohtaamo.platform.web.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.ResourceHandler;
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
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in through Kohtaamo's own page ({@code /login}), whose {@link LoginBean} calls {@code
 * SecurityContext.authenticate} with the username and password; {@link PersonIdentityStore} checks them.
 *
 * <p>The signed-in caller and their roles are kept in the HTTP session as a {@link Caller}, and every request of that
 * session is authenticated from it. The session is replicated across a cluster, so any node recognises the caller
 * with their roles, also after the node they signed in on has gone. (Payara's own session registration, which the
 * built-in form mechanisms use, restores the caller on another node without their roles: payara/Payara#6342.)
 *
 * <p>Every request but those for static resources checks the caller against the database: a person deactivated or
 * erased since signing in is signed out at their next click, and roles given or taken away apply at once. While the
 * database cannot be reached, the session's caller stands (the page then says the service is unavailable).
 *
 * <p>A visitor who opens a protected page without being signed in is redirected to {@code /login?from=…}, and after
 * signing in back to the page they asked for (only ever a page of Kohtaamo's own). Both redirects go to the address
 * {@link PublicAddress} allows, never to a host a client named in a forged {@code Host} header: such a request is
 * answered 400.
 *
 * <p>When single sign-on is set up ({@link OpenIdSettings}), the same mechanism also signs people in with the
 * organisation's OpenID provider, by the authorization code flow with state, nonce and PKCE ({@link OpenIdClient}).
 * Jakarta Security 3 allows one mechanism per application (Soteria's "there can be only one" rule), so Payara's
 * {@code @OpenIdAuthenticationMechanismDefinition} cannot sit beside this one. {@code GET /login?sso} sends the browser
 * to the provider, which sends it back to {@code /login?code=…&state=…} (the redirect URI registered with the
 * provider: Kohtaamo's address followed by {@code /login}). The person it names ({@link SingleSignOn}) then gets the
 * very session a password sign-in makes, a {@link Caller}, with the ID token beside it for signing out at the
 * provider; a person the provider signs in but Kohtaamo refuses lands on {@code /login?refused}, which says why and
 * whom to ask.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = SignInMechanism.class.getName() + ".caller";
    /** Parameter of the sign-in page: the address of the page to return to after signing in. */
    static final String RETURN_TO = "from";

    static final String LOGIN_PAGE = "/login";

    /** The sign-in in progress with the provider ({@link OpenIdClient.Flow}), between leaving and coming back. */
    static final String FLOW = SignInMechanism.class.getName() + ".flow";
    /** The ID token of a session signed in with the provider, sent back to it on signing out. */
    static final String ID_TOKEN = SignInMechanism.class.getName() + ".idToken";
    /** Why the provider's person was refused ({@link SingleSignOn.Refused}), for the sign-in page to say. */
    static final String REFUSAL = SignInMechanism.class.getName() + ".refusal";
    /** Parameter of the sign-in page that starts signing in with the provider. */
    static final String SINGLE_SIGN_ON = "sso";

    private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());

    /** Who is signed in to a session, with their roles as groups. */
    record Caller(String name, Set<String> groups) implements Serializable {}

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    PersonIdentityStore people;

    @Inject
    PublicAddress address;

    @Inject
    OpenIdSettings openId;

    @Inject
    OpenIdClient provider;

    @Inject
    SingleSignOn singleSignOn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (openId.enabled()
                && "GET".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + LOGIN_PAGE)) {
            if (request.getParameter(SINGLE_SIGN_ON) != null) {
                return toProvider(request, response, context);
            }
            if (request.getParameter("state") != null
                    && (request.getParameter("code") != null || request.getParameter("error") != null)) {
                return fromProvider(request, response, context);
            }
        }
        AuthenticationParameters parameters = context.getAuthParameters();
        Credential credential = parameters == null ? null : parameters.getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            Optional<Set<String>> groups = current(request, caller);
            if (groups.isPresent()) {
                if (!groups.get().equals(caller.groups())) {
                    session.setAttribute(CALLER, new Caller(caller.name(), groups.get()));
                }
                return context.notifyContainerAboutLogin(caller.name(), groups.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            // The page asked for travels in the address, not in a session: a stranger's request opens none.
            Optional<String> origin = address.origin(request);
            if (origin.isEmpty()) {
                return refuse(response);
            }
            String login = origin.get() + request.getContextPath() + LOGIN_PAGE;
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                String asked = request.getRequestURI() + (query == null ? "" : "?" + query);
                login += "?" + RETURN_TO + "=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
            }
            return context.redirect(login);
        }
        return context.doNothing();
    }

    /**
     * The caller's roles now, or nothing when they may no longer be signed in. The person read is left in the request
     * for {@link CurrentUser}.
     */
    private Optional<Set<String>> current(HttpServletRequest request, Caller caller) {
        if (request.getRequestURI().startsWith(request.getContextPath() + ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            return Optional.of(caller.groups());
        }
        try {
            Optional<Person> person = people.activePerson(caller.name());
            person.ifPresent(p -> request.setAttribute(CurrentUser.PERSON, p));
            return person.map(PersonIdentityStore::groups);
        } catch (RuntimeException e) {
            if (DatabaseOutage.explains(e)) {
                return Optional.of(caller.groups());
            }
            throw e;
        }
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // SEND_FAILURE, and the sign-in page shows why.
            return context.notifyContainerAboutLogin(result);
        }
        String name = result.getCallerPrincipal().getName();
        AuthenticationStatus status = startSession(request, context, name, result.getCallerGroups());
        String returnTo = request.getParameter(RETURN_TO);
        Optional<String> origin = address.origin(request);
        if (isOwnPage(request, returnTo) && origin.isPresent()) {
            return context.redirect(origin.get() + returnTo);
        }
        return status;
    }

    /** The signed-in session, the same for a password and the provider: a new id, the signed-in timeout, a caller. */
    private static AuthenticationStatus startSession(
            HttpServletRequest request, HttpMessageContext context, String name, Set<String> groups) {
        if (request.getSession(false) != null) {
            // A new session id on signing in, so that an id planted before cannot be used to ride the session.
            request.changeSessionId();
        }
        HttpSession session = request.getSession();
        AnonymousSessions.signedIn(session);
        session.setAttribute(CALLER, new Caller(name, Set.copyOf(groups)));
        session.removeAttribute(REFUSAL);
        return context.notifyContainerAboutLogin(name, groups);
    }

    /**
     * Sends the browser to the provider with a fresh state, nonce and PKCE verifier, kept in a session (which lasts the
     * anonymous five minutes until the person comes back signed in).
     */
    private AuthenticationStatus toProvider(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<String> origin = address.origin(request);
        if (origin.isEmpty()) {
            return refuse(response);
        }
        String returnTo = request.getParameter(RETURN_TO);
        OpenIdClient.Flow flow = OpenIdClient.Flow.start(isOwnPage(request, returnTo) ? returnTo : null);
        try {
            URI to = provider.authorizationAddress(flow, redirectUri(request, origin.get()));
            HttpSession session = request.getSession();
            session.setAttribute(FLOW, flow);
            session.removeAttribute(REFUSAL);
            return context.redirect(to.toString());
        } catch (OpenIdClient.Failure e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
            return refused(request, context, origin.get(), singleSignOn.failed("provider unreachable"));
        }
    }

    /**
     * The provider's answer: a code to exchange for the ID token of the flow this session started, or an error. Only
     * once per flow: the flow leaves the session as the answer arrives.
     */
    private AuthenticationStatus fromProvider(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<String> origin = address.origin(request);
        if (origin.isEmpty()) {
            return refuse(response);
        }
        HttpSession session = request.getSession(false);
        Object started = session == null ? null : session.getAttribute(FLOW);
        if (session != null) {
            session.removeAttribute(FLOW);
        }
        if (!(started instanceof OpenIdClient.Flow flow) || !flow.state().equals(request.getParameter("state"))) {
            return refused(request, context, origin.get(), singleSignOn.failed("no sign-in of this state"));
        }
        String error = request.getParameter("error");
        if (error != null) {
            return refused(request, context, origin.get(), singleSignOn.failed("the provider answered " + error));
        }
        OpenIdClient.SignedIn signedIn;
        try {
            signedIn = provider.exchange(flow, request.getParameter("code"), redirectUri(request, origin.get()));
        } catch (OpenIdClient.Failure e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
            return refused(request, context, origin.get(), singleSignOn.failed("the provider's answer failed"));
        }
        SingleSignOn.Outcome outcome = singleSignOn.signIn(signedIn.claims());
        if (outcome instanceof SingleSignOn.Refused refusal) {
            return refused(request, context, origin.get(), refusal);
        }
        SingleSignOn.Admitted admitted = (SingleSignOn.Admitted) outcome;
        startSession(request, context, admitted.username(), admitted.groups());
        request.getSession().setAttribute(ID_TOKEN, signedIn.idToken());
        String home = request.getContextPath() + "/index";
        return context.redirect(origin.get() + (flow.returnTo() == null ? home : flow.returnTo()));
    }

    /** To the sign-in page, which says why the provider's person was refused. */
    private static AuthenticationStatus refused(
            HttpServletRequest request, HttpMessageContext context, String origin, SingleSignOn.Refused refusal) {
        request.getSession().setAttribute(REFUSAL, refusal);
        return context.redirect(origin + request.getContextPath() + LOGIN_PAGE + "?refused");
    }

    /** Where the provider sends people back: the sign-in page, at the address Kohtaamo answers to. */
    static URI redirectUri(HttpServletRequest request, String origin) {
        return URI.create(origin + request.getContextPath() + LOGIN_PAGE);
    }

    /** Whether an address to return to after signing in is a page of Kohtaamo's own (never another site's). */
    static boolean isOwnPage(HttpServletRequest request, String address) {
        return address != null
                && address.startsWith(request.getContextPath() + "/")
                && !address.startsWith("//")
                && !address.contains("\\")
                && address.chars().noneMatch(Character::isISOControl)
                && !address.startsWith(request.getContextPath() + LOGIN_PAGE);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** A request for a host Kohtaamo does not answer to: 400, and no redirect. */
    private static AuthenticationStatus refuse(HttpServletResponse response) {
        try {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
