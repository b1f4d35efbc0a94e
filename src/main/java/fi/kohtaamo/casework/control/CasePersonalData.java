package fi.kohtaamo.casework.control;

import fi.kohtaamo.organisation.control.PersonalDataPart;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.export.JsonRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The steps a person took on detractor cases, in their data export (which case, the state it reached, when). Erasing
 * leaves them, as a session's notes stay: a case is the unit's record, and the step names the person by their
 * pseudonym from then on. The customers' contact details on a case are nobody's here: they are erased with the case's
 * resolution or after 30 days ({@link DetractorCases#eraseOldContacts}).
 */
@ApplicationScoped
public class CasePersonalData implements PersonalDataPart {

    @PersistenceContext
    EntityManager em;

    @Override
    public void export(Person person, Export export) {
        export.add(
                "created",
                "detractorCaseSteps",
                JsonRows.query(
                        em,
                        "select case_id, state, happened_at from detractor_case_event where actor_id = ?"
                                + " order by happened_at, id",
                        List.of("caseId", "state", "at"),
                        person.getId()));
    }
}
