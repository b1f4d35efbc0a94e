package fi.kohtaamo.home.boundary;

import fi.kohtaamo.home.control.AdminTasks;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.survey.entity.SurveyImport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import org.omnifaces.util.Messages;

/**
 * The administrator's home page: what needs doing (failing mail, failed imports, people without a unit, inactive
 * supervisors, locked accounts), each with its empty state, and the unlock action for a locked account. Read once per
 * request.
 */
@Named
@RequestScoped
public class AdminHomeBean {

    @Inject
    AdminTasks tasks;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Getter
    private AdminTasks.FailingMail failingMail;

    @Getter
    private List<SurveyImport> failedImports;

    @Getter
    private List<Person> withoutUnit;

    @Getter
    private List<Person> inactiveSupervisors;

    @Getter
    private List<AdminTasks.LockedAccount> locked;

    @PostConstruct
    void load() {
        failingMail = tasks.failingMail();
        failedImports = tasks.failedImports();
        withoutUnit = tasks.peopleWithoutUnit();
        inactiveSupervisors = tasks.inactiveSupervisors();
        locked = tasks.lockedAccounts();
    }

    public int getFailedImportDays() {
        return AdminTasks.FAILED_IMPORT_DAYS;
    }

    /** Lets a locked-out person sign in again at once (administrators only; audited), and shows the page again. */
    public String unlock(Long personId) {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("Only administrators lift a lock-out");
        }
        tasks.unlock(personId)
                .ifPresent(
                        person -> Messages.addFlashGlobalInfo(language.text("person.unlocked", person.getFullName())));
        return "/home/admin?faces-redirect=true";
    }
}
