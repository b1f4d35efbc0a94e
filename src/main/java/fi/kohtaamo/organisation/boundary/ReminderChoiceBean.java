package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * The reminder form on {@code /password}: a signed-in person chooses whether Kohtaamo mails them reminders and
 * digests (of due and overdue modules and commitments, of tomorrow's workshop, a supervisor's weekly digest).
 * Workshop invitations come whatever they choose.
 */
@Named
@RequestScoped
public class ReminderChoiceBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @PersistenceContext
    EntityManager em;

    @Getter
    @Setter
    private boolean wanted = true;

    @PostConstruct
    void init() {
        wanted = currentUser.person().map(person -> !person.isRemindersOff()).orElse(true);
    }

    @Transactional
    public String save() {
        Person person = em.find(Person.class, currentUser.getPerson().getId());
        person.setRemindersOff(!wanted);
        Messages.addFlashGlobalInfo(language.text("reminders.saved"));
        return "/password?faces-redirect=true";
    }
}
