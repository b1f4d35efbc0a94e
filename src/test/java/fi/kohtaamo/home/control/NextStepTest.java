package fi.kohtaamo.home.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.home.control.NextStep.Kind;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cockpit's one recommended step: each rule applies on its own, and where several apply the one earlier in the
 * documented order wins.
 */
class NextStepTest {

    private static final long UNIT = 42;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 10, 0);

    private final Unit unit =
            new Unit("U", "Kamppi", UnitKind.UNIT, new Unit("PP", "Palvelu Oy", UnitKind.ORGANISATION, null));
    private final TrainingModule noBouncing = new TrainingModule("no-bouncing");
    private final TrainingModule promises = new TrainingModule("response-time-and-promises");
    private final TrainingModule coaching = new TrainingModule("coaching-your-team");

    private Cockpit.OwnTrack own = new Cockpit.OwnTrack(5, 5, List.of(), false);
    private Cockpit.Nps nps = nps(NpsTally.EMPTY, NpsTally.EMPTY);
    private final List<Cockpit.Overdue> overdue = new ArrayList<>();
    private final List<Commitment> overdueCommitments = new ArrayList<>();
    private Cockpit.Workshop workshop = new Cockpit.Workshop(null, null, NOW.minusDays(30));
    private Cockpit.Weakest weakest;

    private NextStep step() {
        return NextStep.choose(
                own,
                nps,
                new Cockpit.StaffTrack(10, 20, 40, overdue),
                workshop,
                new Cockpit.Commitments(overdueCommitments.size(), overdueCommitments, List.of()),
                weakest,
                UNIT,
                NOW);
    }

    private static Cockpit.Nps nps(NpsTally last, NpsTally previous) {
        return new Cockpit.Nps(YearMonth.of(2026, 11), last, previous, List.of());
    }

    private void overdue(TrainingModule module, int people) {
        for (int i = 0; i < people; i++) {
            overdue.add(new Cockpit.Overdue(
                    new Person("p" + module.getId() + i, "p@example.com", "P", "P", unit), module, NOW.toLocalDate()));
        }
    }

    private void overdueCommitment() {
        overdueCommitments.add(
                new Commitment(session(NOW.minusDays(60)), "Tervehdimme", null, LocalDate.of(2026, 11, 1), null, null));
    }

    private WorkshopSession session(LocalDateTime when) {
        WorkshopSession session = new WorkshopSession(unit, new WorkshopGuide("customer-path"), null);
        session.schedule(when, 90, "Taukotila", null);
        try {
            Field id = WorkshopSession.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(session, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return session;
    }

    @Test
    void anUnfinishedOwnTrackComesFirstAndOpensItsNextModule() {
        own = new Cockpit.OwnTrack(3, 5, List.of(coaching, noBouncing), true);
        overdue(noBouncing, 3);
        nps = nps(new NpsTally(5, 5, 10), new NpsTally(15, 5, 0));

        NextStep step = step();

        assertThat(step.kind()).isEqualTo(Kind.OWN_TRACK);
        assertThat(step.count()).isEqualTo(2);
        assertThat(step.module()).isEqualTo(coaching);
        assertThat(step.link()).isEqualTo("/learning/module?id=coaching-your-team");
    }

    @Test
    void aFallOfTenPointsOrMoreSendsTheSupervisorToTheComments() {
        nps = nps(new NpsTally(10, 5, 5), new NpsTally(14, 5, 1));
        overdue(noBouncing, 3);

        NextStep step = step();

        assertThat(step.kind()).isEqualTo(Kind.NPS_FELL);
        assertThat(step.count()).isEqualTo(40);
        assertThat(step.link()).isEqualTo("/survey/results?unit=42");
    }

    @Test
    void aSmallFallOrAMonthWithTooFewAnswersIsNoReasonToReadTheComments() {
        nps = nps(new NpsTally(10, 5, 5), new NpsTally(10, 6, 4));
        assertThat(step().kind()).isNotEqualTo(Kind.NPS_FELL);

        nps = nps(new NpsTally(0, 1, 5), new NpsTally(14, 5, 1));
        assertThat(step().kind()).isNotEqualTo(Kind.NPS_FELL);
    }

    @Test
    void overdueStaffNameTheModuleMostPeopleAreOverdueOn() {
        overdue(promises, 1);
        overdue(noBouncing, 3);
        overdueCommitment();

        NextStep step = step();

        assertThat(step.kind()).isEqualTo(Kind.OVERDUE_STAFF);
        assertThat(step.count()).isEqualTo(3);
        assertThat(step.module()).isEqualTo(noBouncing);
        assertThat(step.link()).isEqualTo("/learning/team-progress?unit=42&module=no-bouncing&status=OVERDUE");
    }

    @Test
    void overdueCommitmentsComeBeforeSchedulingAWorkshop() {
        overdueCommitment();
        overdueCommitment();
        workshop = new Cockpit.Workshop(null, null, null);

        NextStep step = step();

        assertThat(step.kind()).isEqualTo(Kind.OVERDUE_COMMITMENTS);
        assertThat(step.count()).isEqualTo(2);
        assertThat(step.link()).isEqualTo("/insight/unit?unit=42");
    }

    @Test
    void ninetyOneDaysWithoutAWorkshopAndNoneScheduledAsksToScheduleOne() {
        workshop = new Cockpit.Workshop(null, null, NOW.minusDays(91));

        NextStep step = step();

        assertThat(step.kind()).isEqualTo(Kind.NO_WORKSHOP);
        assertThat(step.count()).isEqualTo(91);
        assertThat(step.link()).isEqualTo("/workshop/session-edit?unit=42");
    }

    @Test
    void aUnitThatNeverHeldAWorkshopIsAskedToScheduleItsFirst() {
        workshop = new Cockpit.Workshop(null, null, null);

        NextStep step = step();

        assertThat(step.kind()).isEqualTo(Kind.NO_WORKSHOP);
        assertThat(step.count()).isZero();
    }

    @Test
    void aWorkshopScheduledLaterStopsTheRequestToScheduleOne() {
        workshop = new Cockpit.Workshop(session(NOW.plusDays(20)), null, NOW.minusDays(200));

        assertThat(step().kind()).isEqualTo(Kind.ON_TRACK);
    }

    @Test
    void aWorkshopWithinAWeekIsPreparedInFacilitatorMode() {
        workshop = new Cockpit.Workshop(session(NOW.plusDays(6)), null, null);
        weakest = new Cockpit.Weakest(Factor.TOOLS, 2.5, 9);

        NextStep step = step();

        assertThat(step.kind()).isEqualTo(Kind.PREPARE_WORKSHOP);
        assertThat(step.link()).isEqualTo("/workshop/facilitate?id=7");
    }

    @Test
    void theWeakestFactorIsTheStepWhenNothingElseCalls() {
        weakest = new Cockpit.Weakest(Factor.TOOLS, 2.5, 9);

        NextStep step = step();

        assertThat(step.kind()).isEqualTo(Kind.WEAK_FACTOR);
        assertThat(step.factor()).isEqualTo(Factor.TOOLS);
        assertThat(step.link()).isEqualTo("/insight/unit?unit=42");
    }

    @Test
    void aUnitWithNothingToDoFollowsItsTeamsProgress() {
        NextStep step = step();

        assertThat(step.kind()).isEqualTo(Kind.ON_TRACK);
        assertThat(step.link()).isEqualTo("/learning/team-progress?unit=42");
    }

    @Test
    void dueSoonMeansFromTodayUntilSixDaysAhead() {
        LocalDate today = NOW.toLocalDate();
        assertThat(NextStep.withinAWeek(today, today)).isTrue();
        assertThat(NextStep.withinAWeek(today.plusDays(6), today)).isTrue();
        assertThat(NextStep.withinAWeek(today.plusDays(7), today)).isFalse();
        assertThat(NextStep.withinAWeek(today.minusDays(1), today)).isFalse();
    }
}
