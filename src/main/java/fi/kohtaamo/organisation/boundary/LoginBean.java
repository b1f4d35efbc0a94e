package fi.kohtaamo.organisation.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.ReaderZone;
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
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Optional;
import lombok.Getter;
import lombok.Setter;

/** The sign-in form and the sign-out action; signing out is written to the audit log. */
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

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
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

    public String signOut() throws ServletException {
        audit.record(AuditAction.SIGN_OUT, AuditTarget.NONE, null);
        ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
        faces.getExternalContext().invalidateSession();
        return "/login?faces-redirect=true&signedOut=true";
    }

    /** The end of a lock-out in the reader's zone: the organisation's, since nobody is signed in yet. */
    private void lockedMessage(ZonedDateTime until) {
        error("login.locked", until.withZoneSameInstant(readerZone.getZone()).format(SignInThrottle.SHOWN));
    }

    private void error(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text(key, arguments), null));
    }
}
