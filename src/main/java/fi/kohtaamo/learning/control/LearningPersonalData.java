package fi.kohtaamo.learning.control;

import fi.kohtaamo.content.entity.Step;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.organisation.control.PersonalDataPart;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.export.JsonRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's learning in their data export: every module they started with each answer step by step (scenario
 * choices, quiz answers, private reflections), quiz results, ratings and feedback, and the assignments made to them
 * or by them. Erasing empties their reflections and their free-text module feedback; completions, scores and
 * ratings stay, without the name.
 */
@ApplicationScoped
public class LearningPersonalData implements PersonalDataPart {

    @PersistenceContext
    EntityManager em;

    @Inject
    Learners learners;

    @Override
    public void export(Person person, Export export) {
        long id = person.getId();
        export.add("learning", "progress", progress(id).build());
        export.add(
                "learning",
                "assignedToThem",
                JsonRows.query(
                        em,
                        "select id, module_id, track_id, due_date, due_days, created_at from assignment where person_id = ?"
                                + " order by created_at",
                        List.of("id", "module", "track", "dueDate", "dueDays", "createdAt"),
                        id));
        export.add(
                "created",
                "assignments",
                JsonRows.query(
                        em,
                        "select a.id, a.module_id, a.track_id, u.code, a.role, a.person_id, a.due_date, a.due_days, a.created_at"
                                + " from assignment a left join unit u on u.id = a.unit_id where a.created_by = ?"
                                + " order by a.created_at",
                        List.of("id", "module", "track", "unit", "role", "person", "dueDate", "dueDays", "createdAt"),
                        id));
    }

    @Override
    public void erase(Person erased, FormerIdentity former) {
        clearReflections(erased.getId());
        JsonRows.update(em, "update module_progress set rating_comment = null where person_id = ?", erased.getId());
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
                JsonRows.update(
                        em, "update step_answer set answer = '' where progress_id = ? and step = ?", progressId, step);
            }
        }
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
}
