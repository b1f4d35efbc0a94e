package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.ReaderZone;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.platform.security.PasswordPolicy;
import fi.kohtaamo.platform.security.SignInThrottle;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * Creating and editing one person: details, unit, roles, the units they supervise, and an optional new password.
 * HR and administrators may edit people; only administrators may grant or take away the HR and ADMIN roles, and only
 * administrators may edit someone else who holds one of them (else HR could set an administrator's password and sign
 * in as them). Such an attempt shows the 403 page and is logged.
 */
@Named
@ViewScoped
public class PersonEditBean implements Serializable {

    private static final Logger LOG = Logger.getLogger(PersonEditBean.class.getName());

    @Inject
    People people;

    @Inject
    ReaderZone readerZone;

    @Inject
    Units units;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    SignInThrottle throttle;

    @Getter
    @Setter
    private Long id;

    @Getter
    private Person person;

    @Getter
    @Setter
    private Long unitId;

    @Getter
    @Setter
    private List<Role> roles = new ArrayList<>();

    @Getter
    @Setter
    private List<Long> supervisedUnitIds = new ArrayList<>();

    @Getter
    @Setter
    private String newPassword;

    @Getter
    private List<Unit> unitOptions;
    /** Until when the person is locked out ("14:05"), empty when they are not; read once per view. */
    private String lockedUntil;

    /** Loads the person named by the {@code id} parameter, or starts a new one. */
    public void load() {
        person = people.find(id).orElseGet(Person::blank);
        Person viewer = currentUser.getPerson();
        if (!People.mayEdit(viewer, person)) {
            LOG.warning(() -> "Access denied: " + viewer.getUsername() + " tried to edit " + person.getUsername()
                    + ", who holds HR or ADMIN");
            throw new AccessDenied("Only administrators may edit HR and administrator accounts");
        }
        unitId = person.getUnit() == null ? null : person.getUnit().getId();
        roles = new ArrayList<>(person.getRoles());
        roles.remove(Role.SUPERVISOR);
        supervisedUnitIds =
                person.getSupervisedUnits().stream().map(Unit::getId).collect(Collectors.toList());
        unitOptions = units.all();
    }

    public String save() {
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (!currentUser.is(Role.ADMIN)) {
            // HR may not change who holds HR or ADMIN: keep those as they were.
            for (Role privileged : List.of(Role.HR, Role.ADMIN)) {
                chosen.remove(privileged);
                if (person.hasRole(privileged)) {
                    chosen.add(privileged);
                }
            }
        }
        person.getRoles().clear();
        person.getRoles().addAll(chosen);
        person.setUnit(units.find(unitId).orElseThrow());
        Set<Unit> supervised = supervisedUnitIds.stream()
                .map(unitIdValue -> units.find(unitIdValue).orElseThrow())
                .collect(Collectors.toSet());
        try {
            person = people.save(person, supervised, newPassword);
        } catch (OptimisticLockException e) {
            Messages.addGlobalError(language.text("person.changedMeanwhile"));
            return null;
        }
        Messages.addFlashGlobalInfo(language.text("person.saved", person.getFullName()));
        return "/organisation/people?faces-redirect=true";
    }

    /** Until when the person may not sign in after too many failures, as shown; blank when they may. */
    public String getLockedUntil() {
        if (lockedUntil == null) {
            lockedUntil = person == null || person.getId() == null
                    ? ""
                    : throttle.lockedUntil(person.getUsername())
                            .map(until -> until.withZoneSameInstant(readerZone.getZone())
                                    .format(SignInThrottle.SHOWN))
                            .orElse("");
        }
        return lockedUntil;
    }

    /** Lets a locked-out person sign in again at once (administrators only; audited). */
    public String unlock() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("Only administrators lift a lock-out");
        }
        throttle.unlock(person.getUsername(), People.target(person));
        Messages.addFlashGlobalInfo(language.text("person.unlocked", person.getFullName()));
        return "/organisation/person?faces-redirect=true&id=" + person.getId();
    }

    public String toggleActive() {
        people.setActive(person.getId(), !person.isActive());
        Messages.addFlashGlobalInfo(
                language.text(person.isActive() ? "person.deactivated" : "person.reactivated", person.getFullName()));
        return "/organisation/people?faces-redirect=true";
    }

    public void validateUsername(FacesContext context, UIComponent component, Object value) {
        if (value != null && people.usernameTaken(value.toString(), person.getId())) {
            throw invalid("person.username.taken");
        }
    }

    public void validateEmail(FacesContext context, UIComponent component, Object value) {
        if (value != null && people.emailTaken(value.toString(), person.getId())) {
            throw invalid("person.email.taken");
        }
    }

    /** The password policy, checked against the username as entered in the same form (validated just before). */
    public void validatePassword(FacesContext context, UIComponent component, Object value) {
        if (value == null || value.toString().isEmpty()) {
            return;
        }
        Object username =
                component.findComponent("username") instanceof UIInput input ? input.getValue() : person.getUsername();
        PasswordPolicy.check(value.toString(), username == null ? null : username.toString())
                .ifPresent(problem -> {
                    throw invalid("password." + problem.key(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
                });
    }

    private ValidatorException invalid(String key, Object... arguments) {
        return new ValidatorException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text(key, arguments), null));
    }

    public boolean isNew() {
        return person.getId() == null;
    }

    /** Roles chosen with check boxes; SUPERVISOR follows from the supervised units. */
    public List<Role> getRoleOptions() {
        return currentUser.is(Role.ADMIN) ? List.of(Role.EMPLOYEE, Role.HR, Role.ADMIN) : List.of(Role.EMPLOYEE);
    }
}
