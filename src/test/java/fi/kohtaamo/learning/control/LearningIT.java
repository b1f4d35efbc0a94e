package fi.kohtaamo.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ContentParser;
import fi.kohtaamo.learning.entity.Assignment;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.Status;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.security.AccessDenied;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Learning inside a running Kohtaamo: content versions, saved progress, completions and who assignments reach. Each
 * test makes its own units, people and, where it changes content, its own module.
 */
@ExtendWith(ArquillianExtension.class)
class LearningIT {

    @Inject
    ContentSync contentSync;

    @Inject
    Progresses progresses;

    @Inject
    Assignments assignments;

    @Inject
    Learners learners;

    @Inject
    Units units;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    private String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Unit unit(UnitKind kind, String code, Unit parent) {
        Unit unit = Unit.blank(kind);
        unit.setCode(code);
        unit.setName("Yksikkö " + code);
        return units.save(unit, parent.getId());
    }

    private Person person(Unit unit, Set<Unit> supervised, Role... roles) {
        String id = id();
        Person person = new Person("learner." + id, "learner." + id + "@example.com", "Oppija", id, unit);
        person.getRoles().addAll(List.of(roles));
        return people.save(person, supervised, null);
    }

    /** A unit of its own under a demo region, with a supervisor and one employee. */
    private record Team(Unit unit, Person supervisor, Person employee) {}

    private Team team() {
        Unit unit = unit(UnitKind.UNIT, "L-" + id(), units.findByCode("LANSI").orElseThrow());
        return new Team(unit, person(unit, Set.of(unit), Role.EMPLOYEE), person(unit, Set.of(), Role.EMPLOYEE));
    }

    @Test
    void aChangedModuleGetsANewVersionAndCompletionsKeepTheirs() {
        String moduleId = "it-module-" + id();
        Map<String, String> files = new HashMap<>(ContentFiles.packaged());
        Map<String, String> copy = new HashMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith("modules/no-bouncing/")) {
                copy.put(path.replace("modules/no-bouncing/", "modules/" + moduleId + "/"), text);
            }
        });
        copy.computeIfPresent(
                "modules/" + moduleId + "/module.json", (p, t) -> t.replace("\"no-bouncing\"", "\"" + moduleId + "\""));
        files.putAll(copy);
        ContentParser.Result first = ContentParser.parse(files);
        assertTrue(first.valid(), first.problems().toString());
        contentSync.sync(first.catalogue());
        Person learner = team().employee();
        Progress progress = progresses.start(learner, moduleId);
        Progress completed = progresses.complete(progress.getId(), 7);
        Long firstVersion = completed.getModuleVersion().getId();

        files.computeIfPresent("modules/" + moduleId + "/en/01-lesson.md", (p, t) -> t + "\n\nA new paragraph.");
        contentSync.sync(ContentParser.parse(files).catalogue());

        TrainingModule module = em.find(TrainingModule.class, moduleId);
        assertEquals(2, module.getCurrentVersion().getNumber());
        assertNotEquals(firstVersion, module.getCurrentVersion().getId());
        Progress kept = progresses.latest(learner.getId(), moduleId).orElseThrow();
        assertEquals(
                firstVersion, kept.getModuleVersion().getId(), "the completion keeps the version it was earned on");
        assertTrue(kept.isCompleted());

        contentSync.sync(ContentParser.parse(ContentFiles.packaged()).catalogue());
        assertTrue(learners.module(moduleId).isEmpty(), "a module removed from content is retired");
        assertTrue(learners.module("no-bouncing").isPresent());
    }

    @Test
    void progressIsSavedAfterEveryStepSoTheLearnerResumesWhereTheyLeft() {
        Person learner = team().employee();
        Progress started = progresses.start(learner, "no-bouncing");
        progresses.reach(started.getId(), 2);
        progresses.reach(started.getId(), 3);
        progresses.answer(started.getId(), 5, "2");
        progresses.reach(started.getId(), 2);

        Progress resumed = progresses.latest(learner.getId(), "no-bouncing").orElseThrow();

        assertEquals(3, resumed.getCurrentStep(), "going back never loses the furthest step reached");
        assertEquals("2", progresses.answerOf(started.getId(), 5).orElseThrow());
        assertFalse(resumed.isCompleted());
    }

    @Test
    void completionRecordsVersionScoreAttemptsAndRating() {
        Person learner = team().employee();
        Progress progress = progresses.start(learner, "no-bouncing");
        progresses.quizAttempt(progress.getId(), 6, "0;1", 50, false);
        progresses.quizAttempt(progress.getId(), 6, "1;0,1,2", 100, true);
        progresses.complete(progress.getId(), 7);
        progresses.rate(progress.getId(), 4, "Hyödyllinen");

        Progress done = progresses.latest(learner.getId(), "no-bouncing").orElseThrow();

        assertTrue(done.isCompleted());
        assertEquals(100, done.getQuizScore());
        assertEquals(2, done.getQuizAttempts());
        assertEquals(Boolean.FALSE, done.getFirstTryPassed());
        assertEquals(4, done.getRating());
        assertEquals(
                em.find(TrainingModule.class, "no-bouncing").getCurrentVersion().getId(),
                done.getModuleVersion().getId());
        assertEquals(
                Status.COMPLETED,
                learners.itemsFor(learner).stream()
                        .filter(i -> i.module().getId().equals("no-bouncing"))
                        .findFirst()
                        .orElseThrow()
                        .status());
    }

    @Test
    void aUnitAssignmentReachesPeopleWhoJoinLaterAndItsTeams() {
        Team team = team();
        Unit teamUnit = unit(UnitKind.TEAM, "LT-" + id(), team.unit());
        Person hr = person(team.unit(), Set.of(), Role.HR);
        LocalDate due = LocalDate.now(OrganisationZone.ZONE).plusDays(14);
        assignments.create(
                hr,
                new Assignments.Request(
                        "trust-in-partnerships", null, team.unit().getId(), null, null, due, null));

        Person joiner = person(teamUnit, Set.of(), Role.EMPLOYEE);

        assertTrue(assignments.forPerson(joiner).contains(new AssignedModule("trust-in-partnerships", due, null)));
        assertTrue(assignments.forPerson(team.employee()).stream()
                .anyMatch(a -> a.moduleId().equals("trust-in-partnerships")));
        Person elsewhere = person(units.findByCode("TKU-PP").orElseThrow(), Set.of(), Role.EMPLOYEE);
        assertTrue(assignments.forPerson(elsewhere).stream()
                .noneMatch(a -> a.moduleId().equals("trust-in-partnerships") && due.equals(a.due())));
    }

    @Test
    void aDueInDaysCountsFromWhenTheAssignmentReachesEachPersonSoSomeoneNewIsNeverOverdue() throws Exception {
        Team team = team();
        Person hr = person(team.unit(), Set.of(), Role.HR);
        Assignment given = assignments.create(
                hr, new Assignments.Request("no-bouncing", null, team.unit().getId(), null, null, null, 14));
        // Given 30 days ago, to a unit the employee has been in for 40 days.
        tx.begin();
        em.createNativeQuery("update assignment set created_at = ? where id = ?")
                .setParameter(1, LocalDateTime.now(OrganisationZone.ZONE).minusDays(30))
                .setParameter(2, given.getId())
                .executeUpdate();
        em.createNativeQuery("update person set unit_since = ? where id = ?")
                .setParameter(1, LocalDateTime.now(OrganisationZone.ZONE).minusDays(40))
                .setParameter(2, team.employee().getId())
                .executeUpdate();
        tx.commit();
        Person joiner = person(team.unit(), Set.of(), Role.EMPLOYEE);
        Person mover = person(units.findByCode("TKU-PP").orElseThrow(), Set.of(), Role.EMPLOYEE);
        mover.setUnit(team.unit());
        mover = people.save(mover, Set.of(), null);

        LocalDate today = LocalDate.now(OrganisationZone.ZONE); // the day the application counts from
        assertEquals(
                today.minusDays(16), dueOf(people.find(team.employee().getId()).orElseThrow()));
        assertEquals(
                Status.OVERDUE, statusOf(people.find(team.employee().getId()).orElseThrow()));
        assertEquals(today.plusDays(14), dueOf(joiner), "someone created today has the whole 14 days");
        assertNotEquals(Status.OVERDUE, statusOf(joiner));
        assertEquals(today.plusDays(14), dueOf(mover), "someone who moves into the unit today, too");
    }

    private LocalDate dueOf(Person person) {
        return assignments.forPerson(person).stream()
                .filter(a -> a.moduleId().equals("no-bouncing"))
                .findFirst()
                .orElseThrow()
                .due();
    }

    private Status statusOf(Person person) {
        return learners.itemsFor(person).stream()
                .filter(i -> i.module().getId().equals("no-bouncing"))
                .findFirst()
                .orElseThrow()
                .status();
    }

    @Test
    void aTrackAssignedToARoleReachesANewSupervisorWithTheEarliestDueDate() {
        Team team = team();
        Person hr = person(team.unit(), Set.of(), Role.HR);
        LocalDate soon = LocalDate.now(OrganisationZone.ZONE).minusDays(3);
        assignments.create(
                hr, new Assignments.Request(null, "supervisor-coaching", null, Role.SUPERVISOR, null, soon, null));

        Person newSupervisor = person(team.unit(), Set.of(team.unit()), Role.EMPLOYEE);
        List<AssignedModule> assigned = assignments.forPerson(newSupervisor);

        assertTrue(assigned.stream().anyMatch(a -> a.moduleId().equals("coaching-your-team")));
        assertEquals(
                Status.OVERDUE,
                learners.itemsFor(newSupervisor).stream()
                        .filter(i -> i.module().getId().equals("coaching-your-team"))
                        .findFirst()
                        .orElseThrow()
                        .status());
        assertTrue(
                assignments.forPerson(team.employee()).stream()
                        .noneMatch(a -> a.moduleId().equals("coaching-your-team")),
                "an employee is not a supervisor");
    }

    @Test
    void aSupervisorAssignsOnlyWithinTheirUnitsAndNeverToARole() {
        Team mine = team();
        Team other = team();
        Assignments.Request toOtherUnit =
                new Assignments.Request("no-bouncing", null, other.unit().getId(), null, null, null, null);
        Assignments.Request toOtherPerson = new Assignments.Request(
                "no-bouncing", null, null, null, other.employee().getId(), null, null);
        Assignments.Request toRole =
                new Assignments.Request("no-bouncing", null, null, Role.EMPLOYEE, null, null, null);

        assertThrows(AccessDenied.class, () -> assignments.create(mine.supervisor(), toOtherUnit));
        assertThrows(AccessDenied.class, () -> assignments.create(mine.supervisor(), toOtherPerson));
        assertThrows(AccessDenied.class, () -> assignments.create(mine.supervisor(), toRole));

        var own = assignments.create(
                mine.supervisor(),
                new Assignments.Request(
                        "no-bouncing", null, null, null, mine.employee().getId(), null, null));
        var theirs = assignments.create(
                other.supervisor(),
                new Assignments.Request("no-bouncing", null, other.unit().getId(), null, null, null, null));
        assertTrue(assignments.manageableBy(mine.supervisor()).stream()
                .anyMatch(a -> a.getId().equals(own.getId())));
        assertTrue(assignments.manageableBy(mine.supervisor()).stream()
                .noneMatch(a -> a.getId().equals(theirs.getId())));
        assertThrows(AccessDenied.class, () -> assignments.delete(mine.supervisor(), theirs.getId()));
    }

    @Test
    void supervisorModulesAreOnlyForSupervisorsHrAndAdministrators() {
        Team team = team();

        assertFalse(Learners.mayTake(
                team.employee(),
                em.find(TrainingModule.class, "coaching-your-team").getAudience()));
        assertTrue(Learners.mayTake(
                team.supervisor(),
                em.find(TrainingModule.class, "coaching-your-team").getAudience()));
        assertTrue(learners.itemsFor(team.employee()).stream()
                .noneMatch(i -> i.module().getId().equals("coaching-your-team")));
    }
}
