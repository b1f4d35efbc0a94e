package fi.kohtaamo.survey.control;

import fi.kohtaamo.organisation.control.PersonalDataPart;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.export.JsonRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What a person created in customer surveys, in their data export: the API keys and the survey imports. Customers'
 * answers are not anyone's personal data here (they name a unit, not a member of staff). Erasing leaves both.
 */
@ApplicationScoped
public class SurveyPersonalData implements PersonalDataPart {

    @PersistenceContext
    EntityManager em;

    @Override
    public void export(Person person, Export export) {
        export.add(
                "created",
                "apiKeys",
                JsonRows.query(
                        em,
                        "select id, name, prefix, created_at, revoked_at from api_key where created_by = ?"
                                + " order by created_at",
                        List.of("id", "name", "prefix", "createdAt", "revokedAt"),
                        person.getId()));
        export.add(
                "created",
                "surveyImports",
                JsonRows.query(
                        em,
                        "select id, file_name, status, created_at from survey_import where uploaded_by = ?"
                                + " order by created_at",
                        List.of("id", "fileName", "status", "createdAt"),
                        person.getId()));
    }
}
