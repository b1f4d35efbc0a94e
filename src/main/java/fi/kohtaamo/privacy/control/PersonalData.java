package fi.kohtaamo.privacy.control;

import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.PeopleChanged;
import fi.kohtaamo.organisation.control.PersonalDataPart;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditEvent;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.export.JsonRows;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.platform.security.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Everything Kohtaamo holds about one person, for their right of access, and erasing a person, for their right to be
 * forgotten. Both are for administrators and both are written to the audit log.
 *
 * <p>What an export holds: the person's details, roles and units; the modules they started with every answer they
 * gave (scenario choices, quiz answers, private reflections), quiz results and their feedback; assignments made to
 * them; workshop invitations with attendance, sessions they facilitated, and commitments they own; the pulse rounds
 * they took part in; mail sent to them; what they created as HR or administrator (API keys, survey imports, pulse
 * rounds, assignments); and the audit events by and about them. Pulse answers are not in it: they are stored with no
 * link to who gave them ({@code pulse_answer} has no person column), so they cannot be found for anyone.
 *
 * <p>What erasing does, in one transaction: the name becomes "Poistettu henkilö #id", the username and email become
 * pseudonyms, the password is removed and the person is deactivated; their reflections and free-text module feedback
 * are emptied; mail addressed to them is deleted and their name and address are replaced in other mail; their
 * username's failed sign-ins are forgotten; the audit log names them by the pseudonym. What stays, without the name:
 * completions, quiz scores and ratings, assignments, workshop invitations and attendance, pulse participation, and the
 * commitments they own. A commitment's text is the team's agreement written down in the workshop, and a session's
 * notes are the unit's record of it: both belong to the unit, not to the person, and stay. So every figure a unit
 * reports stays as it was, as if the person had left and been deactivated.
 *
 * <p>Each feature adds its own part and erases its own data ({@link PersonalDataPart}, next to its tables); this
 * class adds the person, the audit log and the sign-in throttle, and runs the parts in one transaction.
 */
@ApplicationScoped
public class PersonalData {

    @Inject
    Event<PeopleChanged> peopleChanged;

    @Inject
    People people;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle signIns;

    /** Every feature's part: learning, workshops, pulse, mail, and what the person created in customer surveys. */
    @Inject
    @Any
    Instance<PersonalDataPart> parts;

    @Inject
    Clock clock;

    /**
     * Everything about the person as one JSON document; the export is written to the audit log.
     *
     * @throws IllegalArgumentException if there is no such person
     */
    @Transactional
    public JsonObject export(Long personId) {
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("exportedAt", LocalDateTime.now(clock).toString())
                .add(
                        "about",
                        "Everything Kohtaamo holds about this person. Pulse survey answers are anonymous:"
                                + " they are stored without any link to the person, so they cannot be included.")
                .add("person", person(person));
        PersonalDataPart.Export sections = new PersonalDataPart.Export();
        parts().forEach(part -> part.export(person, sections));
        sections.into(document);
        document.add("auditEvents", auditEvents(person.getId()));
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, People.target(person), null);
        return document.build();
    }

    /**
     * Erases the person as described above, in one transaction, and writes the erasure to the audit log under the
     * pseudonym.
     *
     * @param eraser the administrator doing it, who may not erase themselves
     * @return the pseudonym the person now carries
     * @throws AccessDenied if the eraser is not an administrator, or is the person
     * @throws IllegalArgumentException if there is no such person
     */
    @Transactional
    public String erase(Person eraser, Long personId) {
        if (!eraser.hasRole(Role.ADMIN) || eraser.getId().equals(personId)) {
            throw new AccessDenied("Only another administrator may erase person " + personId);
        }
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        PersonalDataPart.FormerIdentity former =
                new PersonalDataPart.FormerIdentity(person.getUsername(), person.getEmail(), person.getFullName());
        person.pseudonymise();
        parts().forEach(part -> part.erase(person, former));
        signIns.forget(former.username());
        peopleChanged.fire(new PeopleChanged(Set.of(person.getUnit().getId())));
        audit.pseudonymise(
                person.getId(),
                former.username(),
                person.getUsername(),
                People.target(person).label());
        audit.record(AuditAction.PERSON_ERASED, People.target(person), null);
        return person.getFullName();
    }

    /** The parts in a fixed order (by class name), so that two exports of one person read alike. */
    private List<PersonalDataPart> parts() {
        return parts.stream()
                .sorted(Comparator.comparing(part -> part.getClass().getName()))
                .toList();
    }

    private JsonObject person(Person person) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        person.getRoles().stream().map(Enum::name).sorted().forEach(roles::add);
        JsonArrayBuilder supervised = Json.createArrayBuilder();
        person.getSupervisedUnits().forEach(unit -> supervised.add(unit(unit)));
        JsonObjectBuilder object = Json.createObjectBuilder().add("id", person.getId());
        JsonRows.add(object, "username", person.getUsername());
        JsonRows.add(object, "employeeNumber", person.getEmployeeNumber());
        JsonRows.add(object, "email", person.getEmail());
        JsonRows.add(object, "firstName", person.getFirstName());
        JsonRows.add(object, "lastName", person.getLastName());
        JsonRows.add(object, "preferredLanguage", person.getPreferredLanguage());
        JsonRows.add(object, "timeZone", person.getTimeZone());
        JsonRows.add(object, "remindersOff", person.isRemindersOff());
        JsonRows.add(object, "active", person.isActive());
        JsonRows.add(object, "hasPassword", person.getPasswordHash() != null);
        JsonRows.add(object, "createdAt", person.getCreatedAt());
        JsonRows.add(object, "deactivatedAt", person.getDeactivatedAt());
        return object.add("unit", unit(person.getUnit()))
                .add("roles", roles)
                .add("supervises", supervised)
                .build();
    }

    private static JsonObject unit(Unit unit) {
        return Json.createObjectBuilder()
                .add("id", unit.getId())
                .add("code", unit.getCode())
                .add("name", unit.getName())
                .build();
    }

    private JsonArrayBuilder auditEvents(long id) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AuditEvent e : audit.aboutPerson(id)) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            JsonRows.add(object, "at", e.getAt());
            JsonRows.add(object, "actor", e.getActorUsername());
            JsonRows.add(object, "action", e.getAction().name());
            JsonRows.add(object, "targetType", e.getTargetType());
            JsonRows.add(object, "targetId", e.getTargetId());
            JsonRows.add(object, "target", e.getTargetLabel());
            JsonRows.add(object, "detail", e.getDetail());
            JsonRows.add(object, "clientAddress", e.getClientAddress());
            array.add(object);
        }
        return array;
    }
}
