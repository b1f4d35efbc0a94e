package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The person signed in for this request, with their roles, for pages and control classes alike. */
@Named
@RequestScoped
public class CurrentUser {

    /** Request attribute: the signed-in {@link Person} as the sign-in mechanism read it for this request. */
    public static final String PERSON = CurrentUser.class.getName() + ".person";

    @Inject
    SecurityContext security;

    @Inject
    People people;

    @Inject
    HttpServletRequest request;

    private Optional<Person> person;

    /**
     * Answers of {@link SecurityContext#isCallerInRole} for this request: each goes through the container's
     * authorization policy, and a page asks about the same few roles many times (menus, buttons).
     */
    private final Map<String, Boolean> roles = new HashMap<>();

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The signed-in person, if any (and still active). */
    public Optional<Person> person() {
        if (person == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                person = Optional.empty();
            } else if (request.getAttribute(PERSON) instanceof Person checked
                    && checked.getUsername().equals(principal.getName())) {
                // Read a moment ago by the sign-in mechanism, in this request.
                person = Optional.of(checked);
            } else {
                person = people.findByUsername(principal.getName()).filter(Person::isActive);
            }
        }
        return person;
    }

    /**
     * The signed-in person.
     *
     * @throws AccessDenied if nobody is signed in, or the account was deactivated after signing in
     */
    public Person getPerson() {
        return person().orElseThrow(() -> new AccessDenied("No active person is signed in"));
    }

    public boolean hasRole(String role) {
        return roles.computeIfAbsent(role, security::isCallerInRole);
    }

    public boolean is(Role role) {
        return hasRole(role.name());
    }

    /** Navigation to {@link #getHomePath()}, for the start page's view action. */
    public String goHome() {
        return getHomePath() + "?faces-redirect=true";
    }

    /** The home page of the signed-in person's broadest role, or the sign-in page. */
    public String getHomePath() {
        for (Role role : Role.BY_REACH) {
            if (is(role)) {
                return "/home/" + role.name().toLowerCase();
            }
        }
        return "/login";
    }
}
