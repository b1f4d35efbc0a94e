package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.security.OpenIdSettings;
import fi.kohtaamo.platform.security.Passwords;
import fi.kohtaamo.platform.security.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks usernames and passwords against the people in the database and gives each signed-in person their roles as
 * groups. Inactive people, locked-out usernames and wrong passwords all fail the same way. Every sign-in, failed
 * sign-in and lock-out goes to the audit log. When {@code KOHTAAMO_PASSWORD_SIGN_IN} switches passwords off (people
 * sign in with the organisation's provider, {@link SingleSignOn}), every password is refused.
 */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {

    @Inject
    People people;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    OpenIdSettings openId;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        if (!openId.passwordSignIn()) {
            audit.signIn(AuditAction.SIGN_IN_FAILED, username, "password sign-in is switched off");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (throttle.lockedUntil(username).isPresent()) {
            audit.signIn(AuditAction.SIGN_IN_FAILED, username, "locked out");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Person> person = people.findByUsername(username).filter(Person::isActive);
        String hash = person.map(Person::getPasswordHash).orElse(null);
        if (!passwords.matches(login.getPasswordAsString(), hash)) {
            throttle.recordFailure(username)
                    .ifPresentOrElse(
                            until -> audit.signIn(AuditAction.LOCKED_OUT, username, "locked until " + until),
                            () -> audit.signIn(AuditAction.SIGN_IN_FAILED, username, "wrong password or no account"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.recordSuccess(username);
        audit.signIn(AuditAction.SIGN_IN, username, null);
        return new CredentialValidationResult(person.get().getUsername(), groups(person.get()));
    }

    /** The active person with this username, if any (not one deactivated or erased since signing in). */
    public Optional<Person> activePerson(String username) {
        return people.findByUsername(username).filter(Person::isActive);
    }

    /** A person's roles as the groups the container knows them by. */
    public static Set<String> groups(Person person) {
        return person.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
