package fi.kohtaamo.xapi.control;

import fi.kohtaamo.learning.control.ModuleCompleted;
import fi.kohtaamo.learning.control.ModuleStarted;
import fi.kohtaamo.learning.control.QuizAnswered;
import fi.kohtaamo.learning.control.StepCompleted;
import fi.kohtaamo.learning.entity.ModuleVersion;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.web.PublicAddress;
import fi.kohtaamo.workshop.control.CommitmentDone;
import fi.kohtaamo.workshop.control.WorkshopAttended;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns learning and workshop events into queued statements, in the transaction of the event (so a rolled-back
 * completion reports nothing), each with a new statement id and the time it happened. Nothing is queued when no store
 * is configured, nor for a person whose data has been erased.
 */
@ApplicationScoped
public class LearningEvents {

    @Inject
    LearningRecordStore store;

    @Inject
    StatementQueue queue;

    @Inject
    PublicAddress address;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    void started(@Observes ModuleStarted event) {
        aboutModule(event.progressId(), "attempted", (s, p) -> s.moduleStarted(id(), now(), p.learner(), p.module()));
    }

    void stepCompleted(@Observes StepCompleted event) {
        aboutModule(
                event.progressId(),
                "experienced step " + event.step() + " of",
                (s, p) -> s.stepCompleted(id(), now(), p.learner(), p.module(), event.step()));
    }

    void quizAnswered(@Observes QuizAnswered event) {
        aboutModule(
                event.progressId(),
                "answered the quiz (" + event.score() + " %) of",
                (s, p) -> s.quizAnswered(
                        id(), now(), p.learner(), p.module(), event.step(), event.score(), event.passed()));
        aboutModule(
                event.progressId(),
                event.passed() ? "passed" : "failed",
                (s, p) -> s.moduleAssessed(id(), now(), p.learner(), p.module(), event.score(), event.passed()));
    }

    void completed(@Observes ModuleCompleted event) {
        aboutModule(event.progressId(), "completed", (s, p) -> s.moduleCompleted(id(), now(), p.learner(), p.module()));
    }

    void attended(@Observes WorkshopAttended event) {
        if (!store.configured()) {
            return;
        }
        Person person = em.find(Person.class, event.personId());
        WorkshopSession session = em.find(WorkshopSession.class, event.sessionId());
        if (person == null || person.isErased() || session == null) {
            return;
        }
        queue.queue(
                statements().workshopAttended(id(), now(), learner(person), workshop(session)),
                person.getId(),
                "attended workshop " + session.getId() + " (person " + person.getId() + ")");
    }

    void commitmentDone(@Observes CommitmentDone event) {
        if (!store.configured()) {
            return;
        }
        Person person = em.find(Person.class, event.personId());
        Commitment commitment = em.find(Commitment.class, event.commitmentId());
        if (person == null || person.isErased() || commitment == null) {
            return;
        }
        queue.queue(
                statements()
                        .commitmentDone(
                                id(),
                                now(),
                                learner(person),
                                commitment.getId(),
                                commitment.getWhat(),
                                workshop(commitment.getSession())),
                person.getId(),
                "completed commitment " + commitment.getId() + " (person " + person.getId() + ")");
    }

    /** A learner's progress as statements name it. */
    private record Taken(Statements.Learner learner, Statements.ModuleTaken module) {}

    private interface ModuleStatement {
        JsonObject write(Statements statements, Taken taken);
    }

    private void aboutModule(long progressId, String what, ModuleStatement statement) {
        if (!store.configured()) {
            return;
        }
        Progress progress = em.find(Progress.class, progressId);
        if (progress == null) {
            return;
        }
        Person person = em.find(Person.class, progress.getPersonId());
        if (person == null || person.isErased()) {
            return;
        }
        ModuleVersion version = progress.getModuleVersion();
        Taken taken = new Taken(
                learner(person),
                new Statements.ModuleTaken(
                        progress.getModuleId(),
                        version.getModule().getHeading().getTitle(),
                        version.getNumber(),
                        version.getLabel(),
                        progress.getId()));
        queue.queue(
                statement.write(statements(), taken),
                person.getId(),
                what + " module " + progress.getModuleId() + " (person " + person.getId() + ")");
    }

    private static Statements.Workshop workshop(WorkshopSession session) {
        return new Statements.Workshop(
                session.getId(),
                session.getGuide().getId(),
                session.getGuide().getHeading().getTitle());
    }

    private static Statements.Learner learner(Person person) {
        return new Statements.Learner(person.getFullName(), person.getEmail(), person.getUsername());
    }

    private Statements statements() {
        return new Statements(address.forMail(), store.actorForm());
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    private Instant now() {
        return clock.instant();
    }
}
