package fi.kohtaamo.home.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Everything the supervisor's cockpit shows for one unit, worked out once per request by {@link Cockpits}: the
 * supervisor's own track, the unit's customer NPS, its staff's training, its next workshop, its commitments, the pulse's
 * weakest factor where the anonymity rule lets it be shown, and the one next step that matters most.
 */
public record Cockpit(
        Unit unit,
        OwnTrack ownTrack,
        Nps nps,
        StaffTrack staffTrack,
        Workshop workshop,
        Commitments commitments,
        Weakest weakest,
        NextStep nextStep) {

    /** The bundles' texts in one language: a key and its arguments ({@code Language::text}, or a mail's language). */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... arguments);
    }

    /** The recommended next step as a sentence in this locale, the module, factor or guide named in it. */
    public String nextStepText(Locale locale, Texts texts) {
        String name = "";
        if (nextStep.module() != null) {
            name = nextStep.module().getHeading().getTitle().in(locale);
        } else if (nextStep.factor() != null) {
            name = texts.text(nextStep.factor().messageKey());
        } else if (workshop.nextGuide() != null) {
            name = workshop.nextGuide().getHeading().getTitle().in(locale);
        }
        return texts.text(nextStep.getMessageKey(), nextStep.count(), name);
    }

    /**
     * The supervisor's own coaching track: how many of its modules they have completed and which remain, in the track's
     * order.
     *
     * @param required whether the organisation requires the track before a supervisor schedules workshops
     */
    public record OwnTrack(int done, int total, List<TrainingModule> remaining, boolean required) {

        public boolean isCompleted() {
            return remaining.isEmpty();
        }
    }

    /**
     * The unit's customer NPS for the last full month and the month before it, and the last twelve full months' NPS
     * for a sparkline (null where a month had too few answers to chart).
     */
    public record Nps(YearMonth month, NpsTally last, NpsTally previous, List<Double> year) {

        /** The change in whole points against the month before, or null unless both months have enough answers. */
        public Integer getChange() {
            if (!last.chartable() || !previous.chartable()) {
                return null;
            }
            return (int) (Math.round(last.nps()) - Math.round(previous.nps()));
        }

        /** The first day of the month shown, for a date converter. */
        public LocalDate getMonthStart() {
            return month.atDay(1);
        }

        public boolean hasAnswers() {
            return last.total() > 0;
        }
    }

    /**
     * The staff track in the unit: assigned staff-track modules completed out of all assigned, and who is past a due
     * date on which module.
     */
    public record StaffTrack(int staff, int completed, int assigned, List<Overdue> overdue) {

        /** Completed share of the assigned modules, 0–100, or null when nothing is assigned. */
        public Integer getPercent() {
            return assigned == 0 ? null : (int) Math.round(100.0 * completed / assigned);
        }
    }

    /** One person past the due date of one module. */
    public record Overdue(Person person, TrainingModule module, LocalDate due) {}

    /**
     * The unit's next scheduled workshop, or null; the guide to schedule next in the sequence; and when the unit last
     * held one (null when never).
     */
    public record Workshop(WorkshopSession next, WorkshopGuide nextGuide, LocalDateTime lastHeld) {}

    /** The unit's open commitments: how many, those past due and those due within the coming week. */
    public record Commitments(int open, List<Commitment> overdue, List<Commitment> dueSoon) {

        /** How many overdue commitments a tile lists; the page where they are managed lists them all. */
        public static final int LISTED = 5;

        /** The overdue commitments the tile lists: those overdue longest, at most {@value #LISTED}. */
        public List<Commitment> getOverdueListed() {
            return overdue.subList(0, Math.min(LISTED, overdue.size()));
        }
    }

    /** The lowest factor mean (1–5) of the latest pulse results that may be shown for the unit. */
    public record Weakest(Factor factor, double mean, int answers) {}
}
