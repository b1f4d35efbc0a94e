package fi.kohtaamo.privacy.control;

import fi.kohtaamo.content.entity.Step;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.PeopleChanged;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditEvent;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 */
@ApplicationScoped
public class PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PeopleChanged> peopleChanged;

    @Inject
    People people;

    @Inject
    Learners learners;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemDefaultZone();

    /**
     * Everything about the person as one JSON document; the export is written to the audit log.
     *
     * @throws IllegalArgumentException if there is no such person
     */
    @Transactional
    public JsonObject export(Long personId) {
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        long id = person.getId();
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("exportedAt", LocalDateTime.now(clock).toString())
                .add(
                        "about",
                        "Everything Kohtaamo holds about this person. Pulse survey answers are anonymous:"
                                + " they are stored without any link to the person, so they cannot be included.")
                .add("person", person(person));
        document.add(
                "learning",
                Json.createObjectBuilder()
                        .add("progress", progress(id))
                        .add(
                                "assignedToThem",
                                rows(
                                        "select id, module_id, track_id, due_date, created_at from assignment"
                                                + " where person_id = ? order by created_at",
                                        List.of("id", "module", "track", "dueDate", "createdAt"),
                                        id)));
        document.add(
                "workshops",
                Json.createObjectBuilder()
                        .add(
                                "invitations",
                                rows(
                                        "select s.id, s.guide_id, u.code, s.starts_at, s.status, i.attended"
                                                + " from session_invitee i join workshop_session s on s.id = i.session_id"
                                                + " join unit u on u.id = s.unit_id where i.person_id = ?"
                                                + " order by s.starts_at",
                                        List.of("session", "guide", "unit", "startsAt", "status", "attended"),
                                        id))
                        .add(
                                "facilitated",
                                rows(
                                        "select s.id, s.guide_id, u.code, s.starts_at, s.status from workshop_session s"
                                                + " join unit u on u.id = s.unit_id where s.facilitator_id = ?"
                                                + " order by s.starts_at",
                                        List.of("session", "guide", "unit", "startsAt", "status"),
                                        id))
                        .add(
                                "commitments",
                                rows(
                                        "select id, session_id, what, due_date, status, factor, module_id, created_at,"
                                                + " updated_at from commitment where owner_id = ? order by created_at",
                                        List.of(
                                                "id",
                                                "session",
                                                "what",
                                                "dueDate",
                                                "status",
                                                "factor",
                                                "module",
                                                "createdAt",
                                                "updatedAt"),
                                        id)));
        document.add(
                "pulse",
                Json.createObjectBuilder()
                        .add(
                                "participation",
                                rows(
                                        "select r.id, r.title, r.opens_on, r.closes_on from pulse_participation p"
                                                + " join pulse_round r on r.id = p.round_id where p.person_id = ?"
                                                + " order by r.opens_on",
                                        List.of("round", "title", "opensOn", "closesOn"),
                                        id)));
        document.add(
                "mail",
                rows(
                        "select id, subject, created_at, sent_at from outbox_mail where recipient = ?"
                                + " order by created_at",
                        List.of("id", "subject", "createdAt", "sentAt"),
                        person.getEmail()));
        document.add("created", created(id));
        document.add("auditEvents", auditEvents(id));
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
        String oldUsername = person.getUsername();
        String oldEmail = person.getEmail();
        String oldName = person.getFullName();
        clearReflections(person.getId());
        update("update module_progress set rating_comment = null where person_id = ?", person.getId());
        update("delete from outbox_mail where recipient = ?", oldEmail);
        update("delete from sign_in_attempt where username = ?", oldUsername);
        person.pseudonymise();
        peopleChanged.fire(new PeopleChanged(Set.of(person.getUnit().getId())));
        replaceInMail(oldEmail, person.getEmail());
        replaceInMail(oldName, person.getFullName());
        audit.pseudonymise(
                person.getId(),
                oldUsername,
                person.getUsername(),
                People.target(person).label());
        audit.record(AuditAction.PERSON_ERASED, People.target(person), null);
        return person.getFullName();
    }

    private JsonObject person(Person person) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        person.getRoles().stream().map(Enum::name).sorted().forEach(roles::add);
        JsonArrayBuilder supervised = Json.createArrayBuilder();
        person.getSupervisedUnits().forEach(unit -> supervised.add(unit(unit)));
        JsonObjectBuilder object = Json.createObjectBuilder().add("id", person.getId());
        JsonRows.add(object, "username", person.getUsername());
        JsonRows.add(object, "email", person.getEmail());
        JsonRows.add(object, "firstName", person.getFirstName());
        JsonRows.add(object, "lastName", person.getLastName());
        JsonRows.add(object, "preferredLanguage", person.getPreferredLanguage());
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

    /** Each module the person started, with their answers step by step and what kind of step each was. */
    private JsonArrayBuilder progress(long personId) {
        Map<Long, List<Object[]>> answers = new HashMap<>();
        for (Object[] row : answers(personId)) {
            answers.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(row);
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Progress p : progresses(personId)) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("id", p.getId());
            JsonRows.add(object, "module", p.getModuleId());
            JsonRows.add(object, "moduleVersion", p.getModuleVersion().getLabel());
            JsonRows.add(object, "currentStep", p.getCurrentStep());
            JsonRows.add(object, "startedAt", p.getStartedAt());
            JsonRows.add(object, "updatedAt", p.getUpdatedAt());
            JsonRows.add(object, "completedAt", p.getCompletedAt());
            JsonRows.add(object, "quizScore", p.getQuizScore());
            JsonRows.add(object, "quizAttempts", p.getQuizAttempts());
            JsonRows.add(object, "firstTryPassed", p.getFirstTryPassed());
            JsonRows.add(object, "rating", p.getRating());
            JsonRows.add(object, "ratingComment", p.getRatingComment());
            JsonArrayBuilder steps = Json.createArrayBuilder();
            for (Object[] answer : answers.getOrDefault(p.getId(), List.of())) {
                int step = ((Number) answer[1]).intValue();
                JsonObjectBuilder stepObject = Json.createObjectBuilder().add("step", step);
                JsonRows.add(stepObject, "kind", kind(p, step).map(Enum::name).orElse(null));
                JsonRows.add(stepObject, "answer", answer[2]);
                JsonRows.add(stepObject, "answeredAt", answer[3]);
                steps.add(stepObject);
            }
            array.add(object.add("answers", steps));
        }
        return array;
    }

    private JsonObject created(long id) {
        return Json.createObjectBuilder()
                .add(
                        "apiKeys",
                        rows(
                                "select id, name, prefix, created_at, revoked_at from api_key where created_by = ?"
                                        + " order by created_at",
                                List.of("id", "name", "prefix", "createdAt", "revokedAt"),
                                id))
                .add(
                        "surveyImports",
                        rows(
                                "select id, file_name, status, created_at from survey_import where uploaded_by = ?"
                                        + " order by created_at",
                                List.of("id", "fileName", "status", "createdAt"),
                                id))
                .add(
                        "pulseRounds",
                        rows(
                                "select id, title, created_at from pulse_round where created_by = ?"
                                        + " order by created_at",
                                List.of("id", "title", "createdAt"),
                                id))
                .add(
                        "assignments",
                        rows(
                                "select a.id, a.module_id, a.track_id, u.code, a.role, a.person_id, a.due_date,"
                                        + " a.created_at from assignment a left join unit u on u.id = a.unit_id"
                                        + " where a.created_by = ? order by a.created_at",
                                List.of("id", "module", "track", "unit", "role", "person", "dueDate", "createdAt"),
                                id))
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

    /** Empties the answers to reflection steps (and to any step whose kind can no longer be told). */
    private void clearReflections(long personId) {
        Map<Long, Progress> byId = new HashMap<>();
        progresses(personId).forEach(p -> byId.put(p.getId(), p));
        for (Object[] answer : answers(personId)) {
            long progressId = ((Number) answer[0]).longValue();
            int step = ((Number) answer[1]).intValue();
            Progress progress = byId.get(progressId);
            Optional<Step.Kind> kind = progress == null ? Optional.empty() : kind(progress, step);
            if (kind.isEmpty() || kind.get() == Step.Kind.REFLECTION) {
                update("update step_answer set answer = '' where progress_id = ? and step = ?", progressId, step);
            }
        }
    }

    private void replaceInMail(String text, String replacement) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        update(
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

    private List<Progress> progresses(long personId) {
        return em.createNamedQuery("Progress.ofPeople", Progress.class)
                .setParameter("people", List.of(personId))
                .getResultList();
    }

    /** Progress id, step, answer and time of every answer the person gave. */
    @SuppressWarnings("unchecked")
    private List<Object[]> answers(long personId) {
        return em.createNativeQuery("select a.progress_id, a.step, a.answer, a.answered_at from step_answer a"
                        + " join module_progress p on p.id = a.progress_id where p.person_id = ?"
                        + " order by a.progress_id, a.step")
                .setParameter(1, personId)
                .getResultList();
    }

    /** What kind of step a step number is in the module version the progress is on. */
    private Optional<Step.Kind> kind(Progress progress, int step) {
        try {
            List<Step> steps = learners.content(progress.getModuleVersion()).steps("en");
            return step >= 1 && step <= steps.size()
                    ? Optional.of(steps.get(step - 1).kind())
                    : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private jakarta.json.JsonArray rows(String sql, List<String> columns, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return JsonRows.of(columns, query.getResultList());
    }

    private void update(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
