package fi.kohtaamo.learning.control;

import fi.kohtaamo.learning.entity.ModuleVersion;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.StepAnswer;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learners' progress through modules. Every change is saved at once, in its own transaction, so closing the browser
 * mid-module loses nothing and the learner resumes where they were, on any device.
 */
@ApplicationScoped
public class Progresses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ModuleCompleted> completed;

    @Inject
    Event<ModuleStarted> started;

    @Inject
    Event<StepCompleted> stepCompleted;

    @Inject
    Event<QuizAnswered> quizAnswered;

    @Inject
    Clock clock;

    /** The learner's most recent progress in a module, completed or not. */
    public Optional<Progress> latest(Long personId, String moduleId) {
        return em.createNamedQuery("Progress.latest", Progress.class)
                .setParameter("person", personId)
                .setParameter("module", moduleId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Starts the module's current version for the learner. */
    @Transactional
    public Progress start(Person learner, String moduleId) {
        ModuleVersion version = em.find(TrainingModule.class, moduleId).getCurrentVersion();
        Progress progress = new Progress(em.getReference(Person.class, learner.getId()), version, now());
        em.persist(progress);
        started.fire(new ModuleStarted(progress.getId()));
        return progress;
    }

    @Transactional
    public void reach(Long progressId, int step) {
        reach(em.find(Progress.class, progressId), step);
    }

    /** Moves the learner on; each step newly left behind counts as completed. */
    private void reach(Progress progress, int step) {
        int before = progress.getCurrentStep();
        progress.reach(step, now());
        for (int done = before; done < progress.getCurrentStep(); done++) {
            stepCompleted.fire(new StepCompleted(progress.getId(), done));
        }
    }

    @Transactional
    public void answer(Long progressId, int step, String answer) {
        StepAnswer stored = em.find(StepAnswer.class, new StepAnswer.Key(progressId, step));
        if (stored == null) {
            stored = new StepAnswer(progressId, step);
            em.persist(stored);
        }
        stored.record(answer, now());
    }

    public Optional<String> answerOf(Long progressId, int step) {
        return Optional.ofNullable(em.find(StepAnswer.class, new StepAnswer.Key(progressId, step)))
                .map(StepAnswer::getAnswer);
    }

    /** Records a quiz attempt with its answers and score, in one transaction. */
    @Transactional
    public void quizAttempt(Long progressId, int step, String answers, int score, boolean passed) {
        answer(progressId, step, answers);
        em.find(Progress.class, progressId).quizAttempt(score, passed, now());
        quizAnswered.fire(new QuizAnswered(progressId, step, score, passed));
    }

    @Transactional
    public Progress complete(Long progressId, int lastStep) {
        Progress progress = em.find(Progress.class, progressId);
        boolean first = progress.getCompletedAt() == null;
        reach(progress, lastStep + 1);
        progress.complete(now());
        if (first) {
            completed.fire(new ModuleCompleted(progress.getPersonId(), progress.getModuleId(), progressId));
        }
        return progress;
    }

    @Transactional
    public void rate(Long progressId, Integer rating, String comment) {
        em.find(Progress.class, progressId).rate(rating, comment);
    }

    /** The latest progress per person and module, for the given people. */
    public Map<Long, Map<String, Progress>> latestByPerson(Collection<Long> personIds) {
        Map<Long, Map<String, Progress>> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        List<Progress> all = em.createNamedQuery("Progress.ofPeople", Progress.class)
                .setParameter("people", personIds)
                .getResultList();
        for (Progress progress : all) {
            result.computeIfAbsent(progress.getPersonId(), id -> new HashMap<>())
                    .merge(progress.getModuleId(), progress, Progresses::later);
        }
        return result;
    }

    /**
     * Of two progresses in the same module, the one that counts: a redo HR asked for over what came before it (the
     * completion it redoes stays as history), else a completion, else the most recently started.
     */
    static Progress later(Progress a, Progress b) {
        Progress newer = a.getStartedAt().isAfter(b.getStartedAt()) ? a : b;
        if (newer.getRedoOf() != null) {
            return newer;
        }
        if (a.isCompleted() != b.isCompleted()) {
            return a.isCompleted() ? a : b;
        }
        return a.getStartedAt().isAfter(b.getStartedAt()) ? a : b;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
