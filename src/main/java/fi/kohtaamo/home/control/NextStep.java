package fi.kohtaamo.home.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.learning.entity.TrainingModule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one thing the cockpit recommends a supervisor does next, with the page where it is done. {@link #choose} takes
 * the first that applies, in this order:
 *
 * <ol>
 *   <li>{@link Kind#OWN_TRACK}: the supervisor's own track is unfinished — they complete it before leading workshops;
 *   <li>{@link Kind#NPS_FELL}: the unit's NPS fell by {@value #NPS_FALL} points or more against the month before —
 *       read the customers' comments;
 *   <li>{@link Kind#OVERDUE_STAFF}: people are past a due date — the module with the most of them;
 *   <li>{@link Kind#OVERDUE_COMMITMENTS}: team commitments are past their due date;
 *   <li>{@link Kind#NO_WORKSHOP}: nothing is scheduled and no workshop was held in the last {@value #WORKSHOP_GAP_DAYS}
 *       days — schedule the next guide;
 *   <li>{@link Kind#PREPARE_WORKSHOP}: a workshop starts within {@value #PREPARE_DAYS} days — go through it in
 *       facilitator mode;
 *   <li>{@link Kind#WEAK_FACTOR}: the pulse names a weakest factor — work on it;
 *   <li>{@link Kind#ON_TRACK}: otherwise, follow the team's progress.
 * </ol>
 *
 * @param count how many (modules left, points fallen, people or commitments overdue, days since the last workshop);
 *     0 where no number belongs to the step
 * @param module the module the step is about, or null
 * @param factor the factor the step is about, or null
 * @param link the address below the application's root where the step is done, such as
 *     {@code /learning/team-progress?unit=3&module=no-bouncing&status=OVERDUE}
 */
public record NextStep(Kind kind, long count, TrainingModule module, Factor factor, String link) {

    public static final int NPS_FALL = 10;
    public static final int WORKSHOP_GAP_DAYS = 90;
    public static final int PREPARE_DAYS = 7;

    /** What the step is, in priority order; each has the message key {@code home.cockpit.next.<KIND>}. */
    public enum Kind {
        OWN_TRACK,
        NPS_FELL,
        OVERDUE_STAFF,
        OVERDUE_COMMITMENTS,
        NO_WORKSHOP,
        PREPARE_WORKSHOP,
        WEAK_FACTOR,
        ON_TRACK
    }

    public String getMessageKey() {
        return "home.cockpit.next." + kind;
    }

    /** The step for a unit's cockpit on a given day: the first in the order above that applies. */
    public static NextStep choose(
            Cockpit.OwnTrack own,
            Cockpit.Nps nps,
            Cockpit.StaffTrack staff,
            Cockpit.Workshop workshop,
            Cockpit.Commitments commitments,
            Cockpit.Weakest weakest,
            long unitId,
            LocalDateTime now) {
        if (!own.isCompleted()) {
            TrainingModule next = own.remaining().get(0);
            return new NextStep(
                    Kind.OWN_TRACK, own.remaining().size(), next, null, "/learning/module?id=" + next.getId());
        }
        Integer change = nps.getChange();
        if (change != null && change <= -NPS_FALL) {
            return new NextStep(Kind.NPS_FELL, -change, null, null, "/survey/results?unit=" + unitId);
        }
        if (!staff.overdue().isEmpty()) {
            Map<TrainingModule, Long> byModule = new LinkedHashMap<>();
            staff.overdue().forEach(o -> byModule.merge(o.module(), 1L, Long::sum));
            Map.Entry<TrainingModule, Long> most = byModule.entrySet().stream()
                    .max(Map.Entry.<TrainingModule, Long>comparingByValue()
                            .thenComparing(e -> e.getKey().getId(), Comparator.reverseOrder()))
                    .orElseThrow();
            return new NextStep(
                    Kind.OVERDUE_STAFF,
                    most.getValue(),
                    most.getKey(),
                    null,
                    "/learning/team-progress?unit=" + unitId + "&module="
                            + most.getKey().getId() + "&status=OVERDUE");
        }
        if (!commitments.overdue().isEmpty()) {
            return new NextStep(
                    Kind.OVERDUE_COMMITMENTS, commitments.overdue().size(), null, null, "/insight/unit?unit=" + unitId);
        }
        if (workshop.next() == null
                && (workshop.lastHeld() == null || workshop.lastHeld().isBefore(now.minusDays(WORKSHOP_GAP_DAYS)))) {
            long days = workshop.lastHeld() == null
                    ? 0
                    : java.time.temporal.ChronoUnit.DAYS.between(
                            workshop.lastHeld().toLocalDate(), now.toLocalDate());
            String guide = workshop.nextGuide() == null
                    ? ""
                    : "&guide=" + workshop.nextGuide().getId();
            return new NextStep(Kind.NO_WORKSHOP, days, null, null, "/workshop/session-edit?unit=" + unitId + guide);
        }
        if (workshop.next() != null && workshop.next().getStartsAt().isBefore(now.plusDays(PREPARE_DAYS))) {
            return new NextStep(
                    Kind.PREPARE_WORKSHOP,
                    0,
                    null,
                    null,
                    "/workshop/facilitate?id=" + workshop.next().getId());
        }
        if (weakest != null) {
            return new NextStep(Kind.WEAK_FACTOR, 0, null, weakest.factor(), "/insight/unit?unit=" + unitId);
        }
        return new NextStep(Kind.ON_TRACK, 0, null, null, "/learning/team-progress?unit=" + unitId);
    }

    /** Whether a day is within the coming week from today (today included): a commitment due then is due soon. */
    static boolean withinAWeek(LocalDate day, LocalDate today) {
        return !day.isBefore(today) && day.isBefore(today.plusDays(PREPARE_DAYS));
    }
}
