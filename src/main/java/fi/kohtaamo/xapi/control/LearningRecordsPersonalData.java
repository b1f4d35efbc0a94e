package fi.kohtaamo.xapi.control;

import fi.kohtaamo.organisation.control.PersonalDataPart;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.export.JsonRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The learning records made about a person, in their data export: what each was about, when it was made and whether
 * the store has it. Erasing deletes them, sent or not, so that none waiting is sent afterwards; what the store already
 * received stays there, under the store's own rules.
 */
@ApplicationScoped
public class LearningRecordsPersonalData implements PersonalDataPart {

    @PersistenceContext
    EntityManager em;

    @Override
    public void export(Person person, Export export) {
        export.add(
                "learningRecords",
                JsonRows.query(
                        em,
                        "select id, summary, created_at, sent_at, refused from xapi_statement where person_id = ?"
                                + " order by created_at",
                        List.of("id", "summary", "createdAt", "sentAt", "refused"),
                        person.getId()));
    }

    @Override
    public void erase(Person erased, FormerIdentity former) {
        JsonRows.update(em, "delete from xapi_statement where person_id = ?", erased.getId());
    }
}
