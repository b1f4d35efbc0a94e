package fi.kohtaamo.pulse.control;

import fi.kohtaamo.organisation.control.PersonalDataPart;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.export.JsonRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A person's pulse surveys in their data export: the rounds they took part in and the rounds they opened. Their
 * answers are not in it and cannot be: {@code pulse_answer} has no person column, so no answer can be found for
 * anyone. Erasing leaves the participation, without the name.
 */
@ApplicationScoped
public class PulsePersonalData implements PersonalDataPart {

    @PersistenceContext
    EntityManager em;

    @Override
    public void export(Person person, Export export) {
        export.add(
                "pulse",
                "participation",
                JsonRows.query(
                        em,
                        "select r.id, r.title, r.opens_on, r.closes_on from pulse_participation p"
                                + " join pulse_round r on r.id = p.round_id where p.person_id = ? order by r.opens_on",
                        List.of("round", "title", "opensOn", "closesOn"),
                        person.getId()));
        export.add(
                "created",
                "pulseRounds",
                JsonRows.query(
                        em,
                        "select id, title, created_at from pulse_round where created_by = ? order by created_at",
                        List.of("id", "title", "createdAt"),
                        person.getId()));
    }
}
