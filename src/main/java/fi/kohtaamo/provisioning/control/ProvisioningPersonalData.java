package fi.kohtaamo.provisioning.control;

import fi.kohtaamo.organisation.control.PersonalDataPart;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.provisioning.entity.ProvisionedPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the identity provider knows a person by, in their data export. Erasing replaces it with the pseudonym and marks
 * the User deleted, so the identity provider can neither find the person again nor write their name back.
 */
@ApplicationScoped
public class ProvisioningPersonalData implements PersonalDataPart {

    @PersistenceContext
    EntityManager em;

    @Override
    public void export(Person person, Export export) {
        ProvisionedPerson link = em.find(ProvisionedPerson.class, person.getId());
        if (link != null) {
            JsonObjectBuilder scim = Json.createObjectBuilder().add("userName", link.getUserName());
            if (link.getExternalId() != null) {
                scim.add("externalId", link.getExternalId());
            }
            export.add("provisioning", scim.build());
        }
    }

    @Override
    public void erase(Person erased, FormerIdentity former) {
        ProvisionedPerson link = em.find(ProvisionedPerson.class, erased.getId());
        if (link != null) {
            link.setUserName(erased.getUsername());
            link.setExternalId(null);
            link.delete();
        }
    }
}
