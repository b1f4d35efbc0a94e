package fi.kohtaamo.learning.control;

import fi.kohtaamo.learning.entity.Assignment;
import fi.kohtaamo.learning.entity.ModuleVersion;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo learning on the first start in demo mode: the supervisor track assigned to every supervisor and the staff track
 * to the whole organisation, with realistic partial progress that follows {@link DemoOrganisation#STORIES}: each trained
 * unit's supervisor completed the supervisor track in the weeks before the unit's first workshop, and its staff have
 * taken modules since, the further the earlier it started (Southern Finland first, Ostrobothnia last); supervisors of
 * units not yet trained are part-way through their track. One southern unit, not yet trained, lags behind its region. So that the
 * supervisor's cockpit has something in every tile, Palvelupiste Kamppi was given one staff module due a few days ago
 * that the demo employee and two colleagues have not finished, and the supervisor of the lagging unit has three or more
 * modules of the supervisor track left. Every date counts from the clock's today.
 */
@ApplicationScoped
public class DemoLearning {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(DemoLearning.class.getName());

    /** How far a unit's staff are: share of modules completed, and since when they have been taking them. */
    private record Pace(double completion, LocalDateTime since) {}

    private static final String LAGGING_UNIT = "ESPOO-PP";

    /** The staff module Palvelupiste Kamppi had to finish by a few days ago, and how many days ago. */
    private static final String KAMPPI_DUE_MODULE = "response-time-and-promises";

    private static final int KAMPPI_DUE_DAYS_AGO = 5;

    /** How many of Kamppi's staff, besides the demo employee, have not finished it. */
    private static final int KAMPPI_LATE = 2;

    /** The unit with a module due in two days, and the module. */
    private static final String DUE_SOON_UNIT = "TKU-PP";

    private static final String DUE_SOON_MODULE = "no-bouncing";

    /** How many supervisor modules the lagging unit's supervisor has completed. */
    private static final int LAGGING_SUPERVISOR_DONE = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoOrganisation demoOrganisation;

    @Inject
    Units units;

    @Inject
    Learners learners;

    void loadOnFirstStart(@Observes @Priority(StartupOrder.DEMO_LEARNING) Startup startup) {
        demoOrganisation.loadOnce(Assignment.class, 42, this::load);
    }

    private void load(Random random) {
        Track supervisors = em.find(Track.class, "supervisor-coaching");
        Track staff = em.find(Track.class, "staff");
        if (supervisors == null || staff == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Person hr = em.createNamedQuery("Person.findByUsername", Person.class)
                .setParameter("username", "hr.demo")
                .getSingleResult();
        Unit company = units.findByCode("PP").orElseThrow();
        em.persist(Assignment.toRole(null, supervisors, Role.SUPERVISOR, today.minusDays(20), hr));
        em.persist(Assignment.toUnit(null, staff, company, today.plusDays(30), hr));

        LocalDateTime now = LocalDateTime.now(clock);
        for (DemoOrganisation.Story story : DemoOrganisation.STORIES) {
            Unit unit = units.findByCode(story.code()).orElseThrow();
            LocalDate firstWorkshop = story.firstWorkshop(today);
            Pace pace = story.trained()
                    ? new Pace(Math.min(0.9, 0.2 + 0.05 * story.startedMonthsAgo()), firstWorkshop.atTime(16, 0))
                    : new Pace(0.12, now.minusMonths(2));
            for (Person person : em.createNamedQuery("Person.findInUnits", Person.class)
                    .setParameter("unitIds", List.copyOf(units.withDescendants(List.of(unit.getId()))))
                    .getResultList()) {
                if (person.getUsername().equals("employee.demo")) {
                    demoEmployee(person, staff, random);
                    continue;
                }
                if (person.hasRole(Role.SUPERVISOR)) {
                    if (firstWorkshop != null) {
                        coach(person, supervisors, firstWorkshop, random);
                    } else {
                        progressThrough(person, supervisors, 0.4, now.minusMonths(2), random);
                    }
                }
                progressThrough(person, staff, pace.completion(), pace.since(), random);
            }
        }
        overdueInKamppi(hr, today);
        // Palvelupiste Turku has one module due the day after tomorrow: its learners are reminded on the first start.
        em.persist(Assignment.toUnit(
                em.find(TrainingModule.class, DUE_SOON_MODULE),
                null,
                units.findByCode(DUE_SOON_UNIT).orElseThrow(),
                today.plusDays(2),
                hr));
        laggingSupervisor(supervisors);
        LOG.info("Demo learning loaded: assignments and progress");
    }

    /**
     * Kamppi's staff had one module due a few days ago: the demo employee, who is half-way through it, and the first
     * colleagues by name are overdue on it. Their progress is taken back after the random progress was made, so every
     * other unit's figures stay as the seed made them.
     */
    private void overdueInKamppi(Person hr, LocalDate today) {
        Unit kamppi = units.findByCode(DemoOrganisation.DEMO_UNIT_CODE).orElseThrow();
        em.persist(Assignment.toUnit(
                em.find(TrainingModule.class, KAMPPI_DUE_MODULE),
                null,
                kamppi,
                today.minusDays(KAMPPI_DUE_DAYS_AGO),
                hr));
        em
                .createNamedQuery("Person.findInUnits", Person.class)
                .setParameter("unitIds", List.of(kamppi.getId()))
                .getResultList()
                .stream()
                .filter(p -> !p.getUsername().equals("employee.demo") && !p.hasRole(Role.SUPERVISOR))
                .sorted(java.util.Comparator.comparing(Person::getLastName).thenComparing(Person::getFirstName))
                .limit(KAMPPI_LATE)
                .forEach(p -> takeBack(p, List.of(KAMPPI_DUE_MODULE)));
    }

    /** The lagging unit's supervisor has completed only the first modules of the supervisor track. */
    private void laggingSupervisor(Track supervisors) {
        Unit lagging = units.findByCode(LAGGING_UNIT).orElseThrow();
        List<String> left = supervisors
                .getModuleIds()
                .subList(LAGGING_SUPERVISOR_DONE, supervisors.getModuleIds().size());
        em.createNamedQuery("Person.supervisorsOf", Person.class)
                .setParameter("unitId", lagging.getId())
                .getResultStream()
                .findFirst()
                .ifPresent(p -> takeBack(p, left));
    }

    /** Removes the person's progress in these modules, as if they had never started them. */
    private void takeBack(Person person, List<String> moduleIds) {
        em
                .createNamedQuery("Progress.ofPeople", Progress.class)
                .setParameter("people", List.of(person.getId()))
                .getResultList()
                .stream()
                .filter(p -> moduleIds.contains(p.getModuleId()))
                .forEach(em::remove);
    }

    /** The demo employee: two staff modules done, the third half-way, so "My learning" has something of each. */
    private void demoEmployee(Person person, Track staff, Random random) {
        List<String> modules = staff.getModuleIds();
        complete(person, modules.get(0), LocalDateTime.now(clock).minusDays(40), 100, 1, random);
        complete(person, modules.get(1), LocalDateTime.now(clock).minusDays(12), 83, 2, random);
        ModuleVersion version = em.find(TrainingModule.class, modules.get(2)).getCurrentVersion();
        Progress progress =
                new Progress(person, version, LocalDateTime.now(clock).minusDays(2));
        progress.reach(3, LocalDateTime.now(clock).minusDays(2));
        em.persist(progress);
    }

    /**
     * A trained unit's supervisor was coached before running the first workshop: the whole supervisor track, module by
     * module, in the ten weeks up to a week and a half before it.
     */
    private void coach(Person supervisor, Track track, LocalDate firstWorkshop, Random random) {
        LocalDateTime when = firstWorkshop.minusDays(70).atTime(15, 0);
        for (String moduleId : track.getModuleIds()) {
            when = when.plusDays(7 + random.nextInt(6));
            complete(supervisor, moduleId, when, 80 + random.nextInt(3) * 10, 1, random);
        }
    }

    private void progressThrough(Person person, Track track, double completion, LocalDateTime since, Random random) {
        LocalDateTime now = LocalDateTime.now(clock);
        int spanDays = (int) Math.max(7, java.time.Duration.between(since, now).toDays() - 5);
        for (String moduleId : track.getModuleIds()) {
            double roll = random.nextDouble();
            if (roll < completion) {
                LocalDateTime when = since.plusDays(random.nextInt(spanDays));
                if (when.isAfter(now)) {
                    when = now.minusHours(1);
                }
                int attempts = random.nextInt(5) == 0 ? 2 : 1;
                int score = attempts == 2 ? 80 + 20 * random.nextInt(2) : 80 + random.nextInt(3) * 10;
                complete(person, moduleId, when, Math.min(100, score), attempts, random);
            } else if (roll < completion + 0.1) {
                ModuleVersion version = em.find(TrainingModule.class, moduleId).getCurrentVersion();
                Progress progress = new Progress(person, version, now.minusDays(random.nextInt(20) + 1));
                progress.reach(2 + random.nextInt(3), progress.getStartedAt());
                em.persist(progress);
            }
        }
    }

    private void complete(Person person, String moduleId, LocalDateTime when, int score, int attempts, Random random) {
        TrainingModule module = em.find(TrainingModule.class, moduleId);
        ModuleVersion version = module.getCurrentVersion();
        int steps = learners.content(version).stepCount();
        Progress progress = new Progress(person, version, when.minusMinutes(module.getMinutes() + 5L));
        for (int i = 1; i < attempts; i++) {
            progress.quizAttempt(score - 20, false, when.minusMinutes(5));
        }
        progress.quizAttempt(score, true, when.minusMinutes(2));
        progress.reach(steps + 1, when);
        progress.complete(when);
        if (random.nextInt(3) > 0) {
            progress.rate(3 + random.nextInt(3), null);
        }
        em.persist(progress);
    }
}
