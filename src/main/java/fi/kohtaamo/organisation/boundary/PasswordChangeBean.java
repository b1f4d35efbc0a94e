package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.ReaderZone;
import fi.kohtaamo.platform.security.PasswordPolicy;
import fi.kohtaamo.platform.security.Passwords;
import fi.kohtaamo.platform.security.SignInThrottle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.time.ZonedDateTime;
import java.util.Optional;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * {@code /password}: a signed-in person changes their own password. The current password must be given, and wrong
 * guesses count towards the same lock-out as failed sign-ins, so the form cannot be used to try passwords. The new
 * one must meet the {@link PasswordPolicy} and be typed twice. On success the session gets a new id.
 */
@Named
@RequestScoped
public class PasswordChangeBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    Language language;

    @Inject
    FacesContext faces;

    @Inject
    ReaderZone readerZone;

    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{field.tooLong}")
    @Getter
    @Setter
    private String current;

    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{field.tooLong}")
    @Getter
    @Setter
    private String newPassword;

    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{field.tooLong}")
    @Getter
    @Setter
    private String repeat;

    public String change() {
        Person person = currentUser.getPerson();
        String username = person.getUsername();
        Optional<ZonedDateTime> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            lockedMessage(locked.get());
            return null;
        }
        if (!passwords.matches(current, person.getPasswordHash())) {
            throttle.recordFailure(username)
                    .ifPresentOrElse(this::lockedMessage, () -> error("current", "password.wrongCurrent"));
            return null;
        }
        throttle.recordSuccess(username);
        if (!newPassword.equals(repeat)) {
            error("repeat", "password.mismatch");
            return null;
        }
        Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(newPassword, username);
        if (problem.isPresent()) {
            error("newPassword", "password." + problem.get().key());
            return null;
        }
        people.changePassword(person.getId(), newPassword);
        ((HttpServletRequest) faces.getExternalContext().getRequest()).changeSessionId();
        Messages.addFlashGlobalInfo(language.text("password.changed"));
        return currentUser.getHomePath() + "?faces-redirect=true";
    }

    private void lockedMessage(ZonedDateTime until) {
        error(
                null,
                "login.locked",
                until.withZoneSameInstant(readerZone.getZone()).format(SignInThrottle.SHOWN));
    }

    /** A message for one field of the form (or the whole page when {@code field} is null). */
    private void error(String field, String key, Object... arguments) {
        String text = language.text(key, arguments.length == 0 ? passwordArguments() : arguments);
        faces.addMessage(
                field == null ? null : "password:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    private static Object[] passwordArguments() {
        return new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH};
    }
}
