package fi.kohtaamo.notification.control;

import fi.kohtaamo.organisation.control.PersonalDataPart;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.export.JsonRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The mail sent to a person, in their data export. Erasing deletes the mail addressed to them and replaces their
 * name and address with the pseudonym in every other mail (a workshop invitation lists its invitees, for one).
 */
@ApplicationScoped
public class MailPersonalData implements PersonalDataPart {

    @PersistenceContext
    EntityManager em;

    @Override
    public void export(Person person, Export export) {
        export.add(
                "mail",
                JsonRows.query(
                        em,
                        "select id, subject, created_at, sent_at from outbox_mail where recipient = ? order by created_at",
                        List.of("id", "subject", "createdAt", "sentAt"),
                        person.getEmail()));
    }

    @Override
    public void erase(Person erased, FormerIdentity former) {
        JsonRows.update(em, "delete from outbox_mail where recipient = ?", former.email());
        replace(former.email(), erased.getEmail());
        replace(former.name(), erased.getFullName());
    }

    private void replace(String text, String replacement) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        JsonRows.update(
                em,
                "update outbox_mail set subject = replace(subject, ?, ?), body = replace(body, ?, ?),"
                        + " calendar = replace(calendar, ?, ?) where subject like ? escape '\\'"
                        + " or body like ? escape '\\' or calendar like ? escape '\\'",
                text,
                replacement,
                text,
                replacement,
                text,
                replacement,
                pattern,
                pattern,
                pattern);
    }
}
