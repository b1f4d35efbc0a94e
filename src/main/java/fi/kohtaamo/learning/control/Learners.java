package fi.kohtaamo.learning.control;

import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.entity.Audience;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.learning.entity.ModuleVersion;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.Status;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What learners have to do and how far they are: assignments joined with progress, for "My learning", the home page
 * and the supervisor's team view.
 */
@ApplicationScoped
public class Learners {

    @PersistenceContext
    EntityManager em;

    @Inject
    Assignments assignments;

    @Inject
    Progresses progresses;

    @Inject
    Curriculum curriculum;

    @Inject
    Clock clock;

    public Map<String, TrainingModule> modules() {
        return em.createNamedQuery("TrainingModule.all", TrainingModule.class)
                .getResultStream()
                .collect(Collectors.toMap(TrainingModule::getId, m -> m, (a, b) -> a, LinkedHashMap::new));
    }

    public List<Track> tracks() {
        return em.createNamedQuery("Track.all", Track.class).getResultList();
    }

    public Optional<TrainingModule> module(String id) {
        return Optional.ofNullable(id == null ? null : em.find(TrainingModule.class, id))
                .filter(TrainingModule::isActive);
    }

    /** The content of the version a progress is on (or the module's current version). */
    public ModuleContent content(ModuleVersion version) {
        return curriculum.stored(version.getModule().getId(), version.getContentHash(), version.getContent());
    }

    /** Whether the person has completed every module of a track (on any version). */
    public boolean completedTrack(Person person, String trackId) {
        Track track = em.find(Track.class, trackId);
        if (track == null) {
            return false;
        }
        Map<String, Progress> own =
                progresses.latestByPerson(List.of(person.getId())).getOrDefault(person.getId(), Map.of());
        return track.getModuleIds().stream()
                .allMatch(id -> own.containsKey(id) && own.get(id).isCompleted());
    }

    public static boolean mayTake(Person person, Audience audience) {
        return audience != Audience.SUPERVISOR
                || person.hasRole(Role.SUPERVISOR)
                || person.hasRole(Role.HR)
                || person.hasRole(Role.ADMIN);
    }

    /** The learner's assigned modules, soonest due first, and then the others they may take. */
    public List<LearningItem> itemsFor(Person person) {
        return itemsFor(List.of(person), true).getOrDefault(person.getId(), List.of());
    }

    /**
     * Learning items per person.
     *
     * @param withOptional also list, after the assigned ones, the modules nobody assigned but the person may take
     */
    public Map<Long, List<LearningItem>> itemsFor(List<Person> people, boolean withOptional) {
        Map<String, TrainingModule> modules = modules();
        Map<Long, List<AssignedModule>> assigned = assignments.forPeople(people);
        Map<Long, Map<String, Progress>> progress =
                progresses.latestByPerson(people.stream().map(Person::getId).toList());
        Map<Long, Integer> stepCounts = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<LearningItem>> result = new HashMap<>();
        for (Person person : people) {
            Map<String, Progress> own = progress.getOrDefault(person.getId(), Map.of());
            List<LearningItem> items = new ArrayList<>();
            for (AssignedModule a : assigned.getOrDefault(person.getId(), List.of())) {
                TrainingModule module = modules.get(a.moduleId());
                if (module != null) {
                    items.add(item(module, a, own.get(a.moduleId()), today, stepCounts));
                }
            }
            items.sort(Comparator.comparing((LearningItem i) -> i.getDue() == null ? LocalDate.MAX : i.getDue()));
            if (withOptional) {
                for (TrainingModule module : modules.values()) {
                    boolean listed = items.stream().anyMatch(i -> i.module().equals(module));
                    if (!listed && mayTake(person, module.getAudience())) {
                        items.add(item(module, null, own.get(module.getId()), today, stepCounts));
                    }
                }
            }
            result.put(person.getId(), items);
        }
        return result;
    }

    private LearningItem item(
            TrainingModule module,
            AssignedModule assigned,
            Progress progress,
            LocalDate today,
            Map<Long, Integer> counts) {
        Status status = Status.of(progress, assigned == null ? null : assigned.due(), today);
        int percent = 0;
        if (progress != null) {
            ModuleVersion version = progress.getModuleVersion();
            int steps = counts.computeIfAbsent(
                    version.getId(), id -> content(version).stepCount());
            percent = progress.isCompleted() ? 100 : Math.min(99, 100 * (progress.getCurrentStep() - 1) / steps);
        }
        return new LearningItem(module, assigned, progress, status, percent);
    }

    /** An active track, by its id (which is also its code in content/tracks). */
    public Optional<Track> track(String id) {
        return Optional.ofNullable(id == null || id.isBlank() ? null : em.find(Track.class, id.strip()))
                .filter(Track::isActive);
    }

    /**
     * Every active module of a track as the person sees it, in the track's order: assigned with its due date, or
     * open to take by choice.
     */
    public List<LearningItem> trackItemsFor(Person person, Track track) {
        Map<String, LearningItem> own = new HashMap<>();
        for (LearningItem item : itemsFor(person)) {
            own.putIfAbsent(item.module().getId(), item);
        }
        Map<String, Progress> progress =
                progresses.latestByPerson(List.of(person.getId())).getOrDefault(person.getId(), Map.of());
        LocalDate today = LocalDate.now(clock);
        Map<Long, Integer> stepCounts = new HashMap<>();
        List<LearningItem> items = new ArrayList<>();
        for (String moduleId : track.getModuleIds()) {
            LearningItem item = own.get(moduleId);
            if (item == null) {
                Optional<TrainingModule> module = module(moduleId);
                if (module.isPresent()) {
                    item = item(module.get(), null, progress.get(moduleId), today, stepCounts);
                }
            }
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }
}
