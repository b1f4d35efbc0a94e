package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.security.OpenIdSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who the organisation's OpenID provider has signed in, as a Kohtaamo person: matched by email or username ({@link
 * ClaimMapping}), given or relieved of the roles the provider decides, added when {@code KOHTAAMO_OIDC_PROVISION} says
 * so, or refused with the reason the sign-in page shows. Every sign-in and refusal goes to the audit log, as password
 * sign-ins do; a role change or a new person is audited by {@link People#save}.
 */
@ApplicationScoped
public class SingleSignOn {

    /** Why the provider's person may not sign in to Kohtaamo; each has its own explanation on the sign-in page. */
    public enum Reason {
        /** The ID token lacks the claim that names people. */
        NO_CLAIM,
        /** Nobody in Kohtaamo has the email or username the provider gave. */
        UNKNOWN,
        /** The person has been deactivated in Kohtaamo. */
        INACTIVE,
        /** The provider did not sign them in, or its answer could not be trusted. */
        FAILED
    }

    /** The end of a sign-in with the provider. */
    public sealed interface Outcome {}

    /** Signed in as this Kohtaamo user with these roles (as groups). */
    public record Admitted(String username, Set<String> groups) implements Outcome {}

    /** Refused, and the identity the provider named (or blank), to show the person. */
    public record Refused(Reason reason, String identity) implements Outcome, Serializable {}

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    @Inject
    People people;

    @Inject
    Units units;

    @Inject
    OpenIdSettings settings;

    @Inject
    AuditLog audit;

    /** Signs in the person the provider's ID-token claims name, or says why not. */
    public Outcome signIn(Map<String, Object> claims) {
        Optional<String> identity = ClaimMapping.identity(claims, settings);
        if (identity.isEmpty()) {
            return refuse(
                    Reason.NO_CLAIM,
                    ClaimMapping.text(claims, "sub").orElse(""),
                    "the ID token has no " + settings.personClaim() + " claim");
        }
        Optional<Person> found = settings.match() == OpenIdSettings.Match.EMAIL
                ? people.findByEmail(identity.get())
                : people.findByUsername(identity.get());
        if (found.isEmpty() && settings.provision()) {
            found = provision(identity.get(), claims);
        }
        if (found.isEmpty()) {
            return refuse(
                    Reason.UNKNOWN,
                    identity.get(),
                    "nobody has " + settings.match().name().toLowerCase() + " " + identity.get());
        }
        Person person = found.get();
        if (!person.isActive()) {
            return refuse(Reason.INACTIVE, identity.get(), "deactivated");
        }
        if (ClaimMapping.apply(ClaimMapping.providerRoles(claims, settings), person)) {
            person = people.save(person, person.getSupervisedUnits(), null);
        }
        audit.signIn(AuditAction.SIGN_IN, person.getUsername(), "single sign-on: " + settings.providerName());
        return new Admitted(person.getUsername(), PersonIdentityStore.groups(person));
    }

    /** Records a refusal that happened before any person could be named (the provider said no, or lied). */
    public Refused failed(String detail) {
        return refuse(Reason.FAILED, "", detail);
    }

    private Refused refuse(Reason reason, String identity, String detail) {
        audit.signIn(AuditAction.SIGN_IN_FAILED, identity, "single sign-on: " + detail);
        return new Refused(reason, identity);
    }

    /** A new employee in the configured unit, named as the provider names them; nothing if that cannot be. */
    private Optional<Person> provision(String identity, Map<String, Object> claims) {
        Optional<Unit> unit = units.findByCode(settings.provisionUnit());
        Optional<String> email = settings.match() == OpenIdSettings.Match.EMAIL
                ? Optional.of(identity)
                : ClaimMapping.text(claims, "email");
        if (unit.isEmpty() || email.isEmpty() || people.emailTaken(email.get(), null)) {
            LOG.warning(() -> "Single sign-on cannot add " + identity + ": "
                    + (unit.isEmpty()
                            ? "KOHTAAMO_OIDC_PROVISION_UNIT names no unit (" + settings.provisionUnit() + ")"
                            : email.isEmpty() ? "the provider gives no email" : "another person has that email"));
            return Optional.empty();
        }
        String username = settings.match() == OpenIdSettings.Match.USERNAME
                ? identity
                : ClaimMapping.username(identity, name -> people.usernameTaken(name, null));
        String[] names = names(claims, identity);
        Person person = new Person(username, email.get(), names[0], names[1], unit.get());
        ClaimMapping.providerRoles(claims, settings).forEach((role, has) -> {
            if (has && role != Role.SUPERVISOR) {
                person.getRoles().add(role);
            }
        });
        return Optional.of(people.save(person, Set.of(), null));
    }

    /** First and last name from the standard claims, else from {@code name}, else the identity itself. */
    private static String[] names(Map<String, Object> claims, String identity) {
        Optional<String> given = ClaimMapping.text(claims, "given_name");
        Optional<String> family = ClaimMapping.text(claims, "family_name");
        if (given.isPresent() && family.isPresent()) {
            return new String[] {given.get(), family.get()};
        }
        String name = ClaimMapping.text(claims, "name").orElse(identity);
        int space = name.lastIndexOf(' ');
        return space > 0
                ? new String[] {name.substring(0, space), name.substring(space + 1)}
                : new String[] {name, name};
    }
}
