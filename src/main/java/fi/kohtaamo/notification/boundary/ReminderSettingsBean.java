package fi.kohtaamo.notification.boundary;

import fi.kohtaamo.notification.control.Reminders;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * HR's page {@code /notification/reminders}: what Kohtaamo reminds people of by mail, and how many days before a
 * module's due date its learners are reminded (kept in the database, each change in the audit log).
 */
@Named
@RequestScoped
public class ReminderSettingsBean {

    @Inject
    Reminders reminders;

    @Inject
    Language language;

    @Getter
    @Setter
    private Integer daysBefore;

    @PostConstruct
    void init() {
        daysBefore = reminders.daysBefore();
    }

    public int getMaxDays() {
        return Reminders.MAX_DAYS_BEFORE;
    }

    public String save() {
        reminders.setDaysBefore(daysBefore);
        Messages.addFlashGlobalInfo(language.text("reminderSettings.saved"));
        return "/notification/reminders?faces-redirect=true";
    }
}
