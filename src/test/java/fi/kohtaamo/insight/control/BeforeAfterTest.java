package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.stats.NpsTally;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Windows, per-unit changes and the comparison group, on units whose answers are known exactly. */
class BeforeAfterTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);
    private static final Unit ORGANISATION = new Unit("ORG", "Organisation", UnitKind.ORGANISATION, null);

    /** A unit answering {@code perMonth} times a month with the given NPS before and after {@code start}. */
    private static UnitFacts unit(String name, YearMonth start, int perMonth, int npsBefore, int npsAfter) {
        return unit(name, start, start, perMonth, npsBefore, npsAfter);
    }

    /** As above, but the NPS moves at {@code moves}, whether or not training starts then. */
    private static UnitFacts unit(
            String name, YearMonth start, YearMonth moves, int perMonth, int npsBefore, int npsAfter) {
        Map<YearMonth, CustomerTally> months = new TreeMap<>();
        for (YearMonth m = NOW.minusMonths(23); !m.isAfter(NOW); m = m.plusMonths(1)) {
            int nps = moves != null && !m.isBefore(moves) ? npsAfter : npsBefore;
            // NPS = promoters − detractors as a share; half the answers are passives or better
            long promoters = Math.round(perMonth * (0.3 + nps / 200.0));
            long detractors = Math.round(perMonth * (0.3 - nps / 200.0));
            months.put(
                    m,
                    new CustomerTally(
                            new NpsTally(promoters, perMonth - promoters - detractors, detractors),
                            4L * perMonth,
                            perMonth));
        }
        Unit unit = new Unit(name, name, UnitKind.UNIT, ORGANISATION);
        return new UnitFacts(unit, null, 10, 10, 0, 4, null, start == null ? null : start.atDay(5), months, Map.of());
    }

    @Test
    void windowsAreEqualOnBothSidesAndShortenedToTheMonthsThatHaveEnded() {
        assertThat(BeforeAfter.windows(YearMonth.of(2026, 3), 6, NOW))
                .contains(new BeforeAfter.Windows(YearMonth.of(2026, 3), 6));
        BeforeAfter.Windows recent =
                BeforeAfter.windows(YearMonth.of(2026, 8), 6, NOW).orElseThrow();
        assertThat(recent.months()).isEqualTo(3);
        assertThat(recent.beforeFrom()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(recent.beforeTo()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(recent.afterFrom()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(recent.afterTo()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(BeforeAfter.windows(NOW.minusMonths(1), 6, NOW))
                .as("one ended month is not a window")
                .isEmpty();
        assertThat(BeforeAfter.windows(null, 6, NOW)).isEmpty();
    }

    @Test
    void theMonthNotYetEndedIsNeverAnAfterMonth() {
        BeforeAfter.Windows september = BeforeAfter.windows(YearMonth.of(2026, 9), 6, YearMonth.of(2026, 12))
                .orElseThrow();

        assertThat(september)
                .as("two days into December: September, October and November have ended")
                .isEqualTo(new BeforeAfter.Windows(YearMonth.of(2026, 9), 3));
        assertThat(september.afterTo()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(BeforeAfter.windows(YearMonth.of(2026, 12), 6, YearMonth.of(2026, 12)))
                .as("training that started this month has no after months yet")
                .isEmpty();
        assertThat(BeforeAfter.windows(YearMonth.of(2027, 1), 6, YearMonth.of(2026, 12)))
                .isEmpty();
    }

    @Test
    void theCurrentMonthTurnsAtMidnightInTheOrganisationsZone() {
        // 30 November 23:30 in Helsinki (UTC+2): November has not ended, whatever zone the clock was made in
        Clock lateNovember = Clock.fixed(Instant.parse("2026-11-30T21:30:00Z"), ZoneOffset.UTC);
        // 1 December 00:30 in Helsinki, still 30 November in UTC: November has ended
        Clock earlyDecember = Clock.fixed(Instant.parse("2026-11-30T22:30:00Z"), ZoneOffset.UTC);

        assertThat(BeforeAfter.currentMonth(lateNovember)).isEqualTo(YearMonth.of(2026, 11));
        assertThat(BeforeAfter.currentMonth(earlyDecember)).isEqualTo(YearMonth.of(2026, 12));
        assertThat(BeforeAfter.windows(YearMonth.of(2026, 9), 6, BeforeAfter.currentMonth(lateNovember)))
                .contains(new BeforeAfter.Windows(YearMonth.of(2026, 9), 2));
        assertThat(BeforeAfter.windows(YearMonth.of(2026, 9), 6, BeforeAfter.currentMonth(earlyDecember)))
                .contains(new BeforeAfter.Windows(YearMonth.of(2026, 9), 3));
    }

    @Test
    void answersOfTheMonthNotYetEndedDoNotCountAfterTheStart() {
        // A unit whose NPS collapses in the current month only: its change must not see it
        UnitFacts kamppi = unit("KAMPPI", YearMonth.of(2026, 7), NOW, 20, 10, -60);

        BeforeAfter.UnitChange change = BeforeAfter.change(
                kamppi, BeforeAfter.windows(YearMonth.of(2026, 7), 6, NOW).orElseThrow());

        assertThat(change.windows()).isEqualTo(new BeforeAfter.Windows(YearMonth.of(2026, 7), 4));
        assertThat(change.afterN()).isEqualTo(80);
        assertThat(change.afterNps()).isEqualTo(10.0);
    }

    @Test
    void aUnitsChangeComparesItsOwnWindows() {
        UnitFacts kamppi = unit("KAMPPI", YearMonth.of(2026, 3), 20, 10, 40);

        BeforeAfter.UnitChange change = BeforeAfter.change(kamppi, new BeforeAfter.Windows(YearMonth.of(2026, 3), 6));

        assertThat(change.beforeN()).isEqualTo(120);
        assertThat(change.afterN()).isEqualTo(120);
        assertThat(change.beforeNps()).isEqualTo(10.0);
        assertThat(change.afterNps()).isEqualTo(40.0);
        assertThat(change.change().orElseThrow().estimate()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(change.change().orElseThrow().excludesZero()).isTrue();
    }

    @Test
    void tooFewAnswersGiveNoChange() {
        UnitFacts quiet = unit("QUIET", YearMonth.of(2026, 3), 3, 10, 40);

        assertThat(BeforeAfter.change(quiet, new BeforeAfter.Windows(YearMonth.of(2026, 3), 6))
                        .change())
                .as("18 answers a window is below the minimum of 20")
                .isEmpty();
    }

    @Test
    void trainedUnitsAreComparedWithUntrainedOnesOverTheSameMonths() {
        List<UnitFacts> units = new ArrayList<>();
        units.add(unit("T1", YearMonth.of(2026, 3), 40, 10, 30));
        units.add(unit("T2", YearMonth.of(2026, 4), 40, 0, 30));
        units.add(unit("T3", YearMonth.of(2026, 5), 40, 20, 30));
        // The untrained units move too, at the turn of the year 2026 (before every trained unit's windows) or not at
        // all
        units.add(unit("U1", null, null, 40, 15, 15));
        units.add(unit("U2", null, YearMonth.of(2026, 4), 40, 20, 30));
        units.add(unit("U3", null, null, 40, 5, 5));

        BeforeAfter.Summary summary = BeforeAfter.summarize(units, UnitFacts.Start.FIRST_WORKSHOP, 6, NOW);

        assertThat(summary.trained()).hasSize(3);
        assertThat(summary.trainedMean().orElseThrow().estimate())
                .isEqualTo(20.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.comparisonUnits()).isEqualTo(3);
        // U2 moves from 20 to 30 in April 2026. Over T1's windows (Sep–Feb | Mar–Aug) that is 20 → (20 + 5·30)/6,
        // +25/3; over T2's (Oct–Mar | Apr–Sep) +10; over T3's (Nov–Apr | May–Oct) (5·20 + 30)/6 → 30, +25/3.
        // U1 and U3 stay: 0. The comparison mean is (25/3 + 10 + 25/3)/3 over three units, divided by 3.
        double u2 = (25.0 / 3 + 10 + 25.0 / 3) / 3;
        assertThat(summary.comparisonMean().orElseThrow().estimate())
                .isCloseTo(u2 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.difference().orElseThrow().estimate())
                .isCloseTo(20.0 - u2 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.difference().orElseThrow().low())
                .as("three comparison units, one of which moved: the Welch interval is wide")
                .isLessThan(0);
    }

    @Test
    void withTooFewUnitsThereIsNoMean() {
        List<UnitFacts> units = List.of(
                unit("T1", YearMonth.of(2026, 3), 40, 10, 30),
                unit("T2", YearMonth.of(2026, 4), 40, 0, 30),
                unit("U1", null, 40, 15, 15));

        BeforeAfter.Summary summary = BeforeAfter.summarize(units, UnitFacts.Start.FIRST_WORKSHOP, 6, NOW);

        assertThat(summary.trainedMean()).isEmpty();
        assertThat(summary.comparisonMean()).isEmpty();
        assertThat(summary.difference()).isEmpty();
    }

    @Test
    void trainingCanStartWhenStaffCompletionCrossesHalf() {
        Map<YearMonth, Long> done = new TreeMap<>(
                Map.of(YearMonth.of(2026, 1), 10L, YearMonth.of(2026, 2), 10L, YearMonth.of(2026, 4), 5L));
        UnitFacts unit = new UnitFacts(
                new Unit("X", "X", UnitKind.UNIT, ORGANISATION),
                null,
                10,
                10,
                25,
                4,
                null,
                LocalDate.of(2025, 12, 1),
                Map.of(),
                done);

        assertThat(unit.trainingStart(UnitFacts.Start.STAFF_COMPLETION))
                .as("40 module completions are due; 20 are reached in February")
                .isEqualTo(YearMonth.of(2026, 2));
        assertThat(unit.trainingStart(UnitFacts.Start.FIRST_WORKSHOP)).isEqualTo(YearMonth.of(2025, 12));
        assertThat(unit.staffCompletionAt(YearMonth.of(2026, 4))).isEqualTo(63);
        assertThat(unit.staffCompletion()).isEqualTo(63);
    }
}
