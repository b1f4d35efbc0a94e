package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.kohtaamo.insight.control.TrackOutcomes.UnitFigures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kirkpatrick's third and fourth levels per track: only the units that took the track count, each with its n. */
class TrackOutcomesTest {

    /** Student's t for 95 % and 2 degrees of freedom. */
    private static final double T2 = 4.302652729749464;

    private static final List<UnitFigures> UNITS = List.of(
            new UnitFigures(1L, 60, 50, 4.0),
            new UnitFigures(2L, 80, 70, 10.0),
            new UnitFigures(3L, 70, null, 16.0),
            new UnitFigures(4L, 100, 90, -30.0),
            new UnitFigures(5L, null, 30, null));

    @Test
    void theSupervisorAndStaffTracksAreEachMeasuredOverTheirOwnUnits() {
        TrackOutcomes.Outcome staff = TrackOutcomes.of(Set.of(1L, 2L, 3L), UNITS);
        TrackOutcomes.Outcome supervisor = TrackOutcomes.of(Set.of(2L, 4L, 5L), UNITS);

        assertThat(staff.units()).isEqualTo(3);
        assertThat(staff.attendanceUnits()).isEqualTo(3);
        Statistics.Interval attendance = staff.attendance().orElseThrow();
        assertThat(attendance.estimate()).isEqualTo(70.0);
        assertThat(attendance.n()).isEqualTo(3);
        double half = T2 * 10 / Math.sqrt(3);
        assertThat(attendance.low()).isCloseTo(70 - half, within(1e-6));
        assertThat(attendance.high()).isCloseTo(70 + half, within(1e-6));
        assertThat(staff.commitmentsUnits()).isEqualTo(2);
        assertThat(staff.commitmentsDone())
                .as("two units are fewer than the minimum of three")
                .isEmpty();
        Statistics.Interval change = staff.npsChange().orElseThrow();
        assertThat(change.estimate()).isEqualTo(10.0);
        assertThat(change.n()).isEqualTo(3);
        assertThat(change.high() - change.estimate()).isCloseTo(T2 * 6 / Math.sqrt(3), within(1e-6));

        assertThat(supervisor.units()).isEqualTo(3);
        assertThat(supervisor.attendanceUnits()).isEqualTo(2);
        assertThat(supervisor.attendance()).isEmpty();
        Statistics.Interval done = supervisor.commitmentsDone().orElseThrow();
        assertThat(done.estimate()).isEqualTo(63.333333333333336);
        assertThat(done.n()).isEqualTo(3);
        assertThat(supervisor.npsUnits()).isEqualTo(2);
        assertThat(supervisor.npsChange()).isEmpty();
    }

    @Test
    void aTrackNobodyTookHasNoFigures() {
        TrackOutcomes.Outcome none = TrackOutcomes.of(Set.of(), UNITS);

        assertThat(none.units()).isZero();
        assertThat(none.attendance()).isEmpty();
        assertThat(none.commitmentsDone()).isEmpty();
        assertThat(none.npsChange()).isEmpty();
    }
}
