package fi.kohtaamo.home.control;

import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.GuideContent;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.LearningItem;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.learning.entity.Track;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.survey.control.UnitResults;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Works out a supervisor's {@link Cockpit} for one unit, reading each feature through its control classes once. The
 * caller has decided through {@link Oversight#scope} which unit the supervisor may see; the pulse's figures come only
 * through {@link Pulses#latest}, so the anonymity rule holds here as on every other page.
 */
@ApplicationScoped
public class Cockpits {

    /** How many closed pulse rounds to search for results that may be shown. */
    static final int PULSE_ROUNDS = 3;

    /** The track every customer-facing employee takes. */
    static final String STAFF_TRACK = "staff";

    @Inject
    Learners learners;

    @Inject
    Progresses progresses;

    @Inject
    People people;

    @Inject
    Sessions sessions;

    @Inject
    UnitResults unitResults;

    @Inject
    Pulses pulses;

    @Inject
    Curriculum curriculum;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public Cockpit of(Person supervisor, Oversight.Scope scope) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, TrainingModule> modules = learners.modules();
        Map<String, Track> tracks =
                learners.tracks().stream().collect(Collectors.toMap(Track::getId, t -> t, (a, b) -> a));
        Cockpit.OwnTrack own = ownTrack(supervisor, tracks.get(Sessions.SUPERVISOR_TRACK), modules);
        Cockpit.Nps nps = nps(scope.unitIds(), YearMonth.from(now));
        Cockpit.StaffTrack staff = staffTrack(supervisor, scope.unitIds(), tracks.get(STAFF_TRACK));
        Cockpit.Workshop workshop = workshop(supervisor, scope.unitIds(), tracks.get(STAFF_TRACK), now);
        Cockpit.Commitments commitments = commitments(scope.unitIds(), now.toLocalDate());
        Cockpit.Weakest weakest = weakest(scope.unit().getId());
        NextStep step = NextStep.choose(
                own, nps, staff, workshop, commitments, weakest, scope.unit().getId(), now);
        return new Cockpit(scope.unit(), own, nps, staff, workshop, commitments, weakest, step);
    }

    private Cockpit.OwnTrack ownTrack(Person supervisor, Track track, Map<String, TrainingModule> modules) {
        boolean required = settings.flag(Settings.REQUIRE_SUPERVISOR_TRACK);
        if (track == null) {
            return new Cockpit.OwnTrack(0, 0, List.of(), required);
        }
        Map<String, Progress> own =
                progresses.latestByPerson(List.of(supervisor.getId())).getOrDefault(supervisor.getId(), Map.of());
        List<TrainingModule> remaining = track.getModuleIds().stream()
                .filter(id -> own.get(id) == null || !own.get(id).isCompleted())
                .map(modules::get)
                .filter(m -> m != null)
                .toList();
        int total = track.getModuleIds().size();
        return new Cockpit.OwnTrack(total - remaining.size(), total, remaining, required);
    }

    private Cockpit.Nps nps(Set<Long> unitIds, YearMonth thisMonth) {
        YearMonth last = thisMonth.minusMonths(1);
        YearMonth first = thisMonth.minusMonths(12);
        Map<YearMonth, NpsTally> byMonth = new HashMap<>();
        unitResults.monthly(unitIds, first.atDay(1)).forEach(m -> byMonth.put(YearMonth.from(m.month()), m.tally()));
        List<Double> year = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            NpsTally tally = byMonth.getOrDefault(month, NpsTally.EMPTY);
            year.add(tally.chartable() ? tally.nps() : null);
        }
        return new Cockpit.Nps(
                last,
                byMonth.getOrDefault(last, NpsTally.EMPTY),
                byMonth.getOrDefault(last.minusMonths(1), NpsTally.EMPTY),
                year);
    }

    private Cockpit.StaffTrack staffTrack(Person supervisor, Set<Long> unitIds, Track track) {
        List<Person> staff = people.inUnits(unitIds).stream()
                .filter(Person::isActive)
                .filter(p -> !p.equals(supervisor))
                .sorted(Comparator.comparing(Person::getLastName).thenComparing(Person::getFirstName))
                .toList();
        Set<String> trackModules = track == null ? Set.of() : Set.copyOf(track.getModuleIds());
        Map<Long, List<LearningItem>> items = learners.itemsFor(staff, false);
        int completed = 0;
        int assigned = 0;
        List<Cockpit.Overdue> overdue = new ArrayList<>();
        for (Person person : staff) {
            for (LearningItem item : items.getOrDefault(person.getId(), List.of())) {
                if (!trackModules.contains(item.module().getId())) {
                    continue;
                }
                assigned++;
                if (item.progress() != null && item.progress().isCompleted()) {
                    completed++;
                }
                if (item.isOverdue()) {
                    overdue.add(new Cockpit.Overdue(person, item.module(), item.getDue()));
                }
            }
        }
        return new Cockpit.StaffTrack(staff.size(), completed, assigned, overdue);
    }

    private Cockpit.Workshop workshop(Person supervisor, Set<Long> unitIds, Track staffTrack, LocalDateTime now) {
        List<WorkshopSession> ofUnit = sessions.visibleTo(supervisor).stream()
                .filter(s -> unitIds.contains(s.getUnit().getId()))
                .toList();
        WorkshopSession next = ofUnit.stream()
                .filter(s -> s.getStatus() == SessionStatus.SCHEDULED
                        && s.getEndsAt().isAfter(now))
                .min(Comparator.comparing(WorkshopSession::getStartsAt))
                .orElse(null);
        Map<String, LocalDateTime> lastHeldByGuide = new HashMap<>();
        LocalDateTime lastHeld = null;
        for (WorkshopSession session : ofUnit) {
            if (session.getStatus() != SessionStatus.HELD) {
                continue;
            }
            lastHeldByGuide.merge(session.getGuide().getId(), session.getStartsAt(), (a, b) -> a.isAfter(b) ? a : b);
            lastHeld = lastHeld == null || session.getStartsAt().isAfter(lastHeld) ? session.getStartsAt() : lastHeld;
        }
        List<WorkshopGuide> guides = sessions.guides();
        List<String> order = guideOrder(
                guides.stream().map(WorkshopGuide::getId).toList(),
                curriculum.catalogue().guides(),
                staffTrack == null ? List.of() : staffTrack.getModuleIds());
        String nextGuideId = nextGuide(order, lastHeldByGuide);
        WorkshopGuide nextGuide = guides.stream()
                .filter(g -> g.getId().equals(nextGuideId))
                .findFirst()
                .orElse(null);
        return new Cockpit.Workshop(next, nextGuide, lastHeld);
    }

    /**
     * The guides in the order a team takes them: by where their first pre-work module stands in the staff track (a team
     * meets each guide when it has just learnt what it builds on), guides without such pre-work last, then by id.
     */
    static List<String> guideOrder(List<String> guideIds, Map<String, GuideContent> content, List<String> staffTrack) {
        Comparator<String> byPrework = Comparator.comparingInt(id -> {
            GuideContent guide = content.get(id);
            if (guide == null) {
                return Integer.MAX_VALUE;
            }
            return guide.prework().stream()
                    .mapToInt(staffTrack::indexOf)
                    .filter(i -> i >= 0)
                    .min()
                    .orElse(Integer.MAX_VALUE);
        });
        return guideIds.stream()
                .sorted(byPrework.thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * The guide to schedule next: the first in the order that the unit has never held, or, when it has held them all,
     * the one it held longest ago; null without guides.
     */
    static String nextGuide(List<String> order, Map<String, LocalDateTime> lastHeld) {
        return order.stream()
                .filter(id -> !lastHeld.containsKey(id))
                .findFirst()
                .orElseGet(() ->
                        order.stream().min(Comparator.comparing(lastHeld::get)).orElse(null));
    }

    private Cockpit.Commitments commitments(Set<Long> unitIds, LocalDate today) {
        List<Commitment> open = sessions.commitmentsIn(unitIds).stream()
                .filter(c -> c.getStatus() == Commitment.State.OPEN)
                .sorted(Comparator.comparing(Commitment::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Commitment> overdue = open.stream().filter(c -> c.overdueOn(today)).toList();
        List<Commitment> dueSoon = open.stream()
                .filter(c -> c.getDueDate() != null && NextStep.withinAWeek(c.getDueDate(), today))
                .toList();
        return new Cockpit.Commitments(open.size(), overdue, dueSoon);
    }

    private Cockpit.Weakest weakest(Long unitId) {
        Pulses.GroupResult result = pulses.latest(List.of(unitId), PULSE_ROUNDS).get(unitId);
        return result == null ? null : weakest(result);
    }

    /** The factor with the lowest mean of a shown result, the first in factor order among equals; null without means. */
    static Cockpit.Weakest weakest(Pulses.GroupResult result) {
        Factor[] factors = Factor.values();
        int lowest = -1;
        for (int i = 0; i < Math.min(factors.length, result.factorMeans().size()); i++) {
            Double mean = result.factorMeans().get(i);
            if (mean != null
                    && !mean.isNaN()
                    && (lowest < 0 || mean < result.factorMeans().get(lowest))) {
                lowest = i;
            }
        }
        return lowest < 0
                ? null
                : new Cockpit.Weakest(factors[lowest], result.factorMeans().get(lowest), result.answers());
    }
}
