package fi.kohtaamo.organisation.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.SingleSignOn;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.ReaderZone;
import fi.kohtaamo.platform.security.OpenIdClient;
import fi.kohtaamo.platform.security.OpenIdSettings;
import fi.kohtaamo.platform.security.SignInThrottle;
import fi.kohtaamo.platform.web.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Optional;
import lombok.Getter;
import lombok.Setter;

/**
 * The sign-in page (the password form, and the way to the organisation's provider when single sign-on is set up, with
 * the reason when the provider's person was refused) and the sign-out action. Signing out is written to the audit log;
 * a session signed in with the provider is ended there too, by sending the browser to its end-session endpoint with
 * the ID token as the hint, from where it comes back to the sign-in page.
 */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    FacesContext faces;

    @Inject
    AuditLog audit;

    @Inject
    ReaderZone readerZone;

    @Inject
    OpenIdSettings openId;

    @Inject
    OpenIdClient provider;

    @Inject
    PublicAddress address;

    @Getter
    @Setter
    private String username;

    @Getter
    @Setter
    private String password;

    /** Sends a visitor who is already signed in straight to their home page. */
    public String redirectIfSignedIn() {
        return currentUser.isSignedIn() ? currentUser.getHomePath() + "?faces-redirect=true" : null;
    }

    /** Whether people may sign in with the organisation's provider. */
    public boolean isSingleSignOn() {
        return openId.enabled();
    }

    /** The provider's name, for "Sign in with …". */
    public String getProviderName() {
        return openId.providerName();
    }

    /** "Sign in with …" the provider. */
    public String getSingleSignOnLabel() {
        return language.text("login.singleSignOn", openId.providerName());
    }

    /** Whether the password form is offered ({@code KOHTAAMO_PASSWORD_SIGN_IN}). */
    public boolean isPasswordSignIn() {
        return openId.passwordSignIn();
    }

    /** Why the provider's person was just refused, or null. */
    public SingleSignOn.Refused getRefusal() {
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        return session == null
                ? null
                : session.getAttribute(SignInMechanism.REFUSAL) instanceof SingleSignOn.Refused refusal
                        ? refusal
                        : null;
    }

    /** What the refusal means for the person, with the identity the provider named. */
    public String getRefusalText() {
        SingleSignOn.Refused refusal = getRefusal();
        return refusal == null
                ? null
                : language.text("login.refused." + refusal.reason().name(), openId.providerName(), refusal.identity());
    }

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (!openId.passwordSignIn()) {
            // The form is not shown; a post made without it is refused like a wrong password (PersonIdentityStore).
            audit.signIn(AuditAction.SIGN_IN_FAILED, username, "password sign-in is switched off");
            error("login.passwordOff", openId.providerName());
            return null;
        }
        if (!PublicAddress.sameOrigin((HttpServletRequest) external.getRequest())) {
            // The sign-in page keeps no view state (its form never expires), so no view state guards it: a post from
            // another site's page is refused by its Origin header, so that nobody is signed in to an account not
            // theirs.
            audit.signIn(AuditAction.SIGN_IN_FAILED, username, "posted from another site");
            error("login.failed");
            return null;
        }
        Optional<ZonedDateTime> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            audit.signIn(AuditAction.SIGN_IN_FAILED, username, "locked out");
            lockedMessage(locked.get());
            return null;
        }
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, password)));
        switch (status) {
            case SEND_CONTINUE:
                faces.responseComplete();
                return null;
            case SEND_FAILURE:
                throttle.lockedUntil(username).ifPresentOrElse(this::lockedMessage, () -> error("login.failed"));
                return null;
            default:
                return "/index?faces-redirect=true";
        }
    }

    public String signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(SignInMechanism.ID_TOKEN);
        audit.record(AuditAction.SIGN_OUT, AuditTarget.NONE, null);
        request.logout();
        external.invalidateSession();
        if (idToken instanceof String token && openId.enabled()) {
            // The provider sends the browser back to the page it was registered for, with this state.
            Optional<URI> end = address.origin(request)
                    .flatMap(origin -> provider.endSessionAddress(
                            token, SignInMechanism.redirectUri(request, origin), SIGNED_OUT_STATE));
            if (end.isPresent()) {
                toProvider(external, end.get());
                return null;
            }
        }
        return "/login?faces-redirect=true&signedOut=true";
    }

    /** The state the provider's end-session endpoint returns to the sign-in page with, which then says so. */
    public static final String SIGNED_OUT_STATE = "signedOut";

    /**
     * A page that takes the browser on to the provider at once. Not a redirect: the sign-out button's form may post
     * only to Kohtaamo ({@code form-action 'self'}), and browsers hold a redirect of it to that rule too.
     */
    private void toProvider(ExternalContext external, URI end) throws IOException {
        external.setResponseContentType("text/html;charset=UTF-8");
        external.setResponseCharacterEncoding("UTF-8");
        Writer out = external.getResponseOutputWriter();
        out.write(continuePage(
                end,
                language.getTag(),
                language.text("login.signingOut"),
                language.text("login.signingOut.continue", openId.providerName())));
        faces.responseComplete();
    }

    /** The page that sends the browser on to {@code to} (with a link, should it not follow the refresh). */
    static String continuePage(URI to, String lang, String title, String link) {
        String address = html(to.toString());
        return "<!DOCTYPE html>\n<html lang=\"" + html(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + address + "\"><title>" + html(title)
                + "</title></head><body><main><h1>" + html(title) + "</h1><p><a href=\"" + address + "\">"
                + html(link) + "</a></p></main></body></html>\n";
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** The end of a lock-out in the reader's zone: the organisation's, since nobody is signed in yet. */
    private void lockedMessage(ZonedDateTime until) {
        error("login.locked", until.withZoneSameInstant(readerZone.getZone()).format(SignInThrottle.SHOWN));
    }

    private void error(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text(key, arguments), null));
    }
}
