package fi.kohtaamo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.casework.entity.DetractorCase;
import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HR's figures of a unit's cases, on cases made by hand: the share acknowledged in time counts only cases acknowledged
 * or past their deadline, the median time to resolve is the middle of the resolved ones (the mean of the two middle
 * ones for an even count), and root causes are counted most frequent first.
 */
class CaseFiguresTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 12, 0);
    private static final Duration TARGET = Duration.ofHours(48);

    @Test
    void aUnitsFiguresCountWhatIsKnownSoFar() {
        Unit unit = unit("Palvelupiste Testi");
        DetractorCase inTime = opened(unit, NOW.minusDays(10));
        inTime.acknowledge(NOW.minusDays(10).plusHours(1));
        inTime.contacted(NOW.minusDays(10).plusHours(2));
        inTime.resolve(NOW.minusDays(10).plusHours(12), "Soitin", RootCause.of(Theme.BOUNCED), null, null);
        DetractorCase late = opened(unit, NOW.minusDays(8));
        late.acknowledge(NOW.minusDays(5));
        late.contacted(NOW.minusDays(5).plusHours(4));
        late.resolve(NOW.minusDays(8).plusHours(80), "Soitin", RootCause.of(Theme.BOUNCED), null, null);
        DetractorCase overdue = opened(unit, NOW.minusDays(3));
        DetractorCase young = opened(unit, NOW.minusHours(5));
        DetractorCase third = opened(unit, NOW.minusDays(20));
        third.acknowledge(NOW.minusDays(20).plusHours(1));
        third.contacted(NOW.minusDays(20).plusHours(1));
        third.resolve(NOW.minusDays(20).plusHours(30), "Sovittu", RootCause.of(Factor.WORKLOAD), null, null);

        CaseFigures figures = CaseFigures.of(List.of(inTime, late, overdue, young, third), NOW)
                .get(0);

        assertThat(figures.opened()).isEqualTo(5);
        assertThat(figures.open()).isEqualTo(2);
        assertThat(figures.acknowledgedInTime())
                .as("2 of the 4 judged; the young case counts for nobody")
                .isEqualTo(50);
        assertThat(figures.medianHoursToResolve()).as("12 h, 30 h and 80 h").isEqualTo(30.0);
        assertThat(figures.getCauses())
                .containsExactly(
                        Map.entry(RootCause.of(Theme.BOUNCED), 2L), Map.entry(RootCause.of(Factor.WORKLOAD), 1L));
        assertThat(young.acknowledgedInTime(NOW)).isTrue();
        assertThat(overdue.acknowledgedInTime(NOW)).isFalse();
    }

    @Test
    void noResolvedCaseHasNoMedianAndNoJudgedCaseNoShare() {
        CaseFigures figures = CaseFigures.of(List.of(opened(unit("Uusi"), NOW.minusHours(1))), NOW)
                .get(0);
        assertThat(figures.medianHoursToResolve()).isNull();
        assertThat(figures.acknowledgedInTime()).isNull();
        assertThat(CaseFigures.median(List.of(1.0, 2.0, 4.0, 10.0))).isEqualTo(3.0);
    }

    @Test
    void unitsAreListedByName() {
        Unit b = unit("B-yksikkö");
        Unit a = unit("A-yksikkö");
        assertThat(CaseFigures.of(List.of(opened(b, NOW), opened(a, NOW)), NOW))
                .extracting(f -> f.unit().getName())
                .containsExactly("A-yksikkö", "B-yksikkö");
    }

    private static Unit unit(String name) {
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setName(name);
        unit.setCode(name);
        return unit;
    }

    private static DetractorCase opened(Unit unit, LocalDateTime at) {
        CustomerResponse response =
                new CustomerResponse(unit, at, 3, null, "Huonoa palvelua", Channel.VISIT, Source.SURVEY, null);
        return new DetractorCase(response, at, TARGET);
    }
}
