package fi.kohtaamo.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CustomerResponseTest {

    private final Unit unit = Unit.blank(UnitKind.UNIT);
    private final LocalDateTime at = LocalDateTime.of(2026, 11, 22, 14, 5);

    @Test
    void scoresOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new CustomerResponse(unit, at, 11, null, null, Channel.VISIT, Source.API, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NPS is from 0 to 10");
        assertThatThrownBy(() -> new CustomerResponse(unit, at, 5, 0, null, Channel.VISIT, Source.API, null))
                .hasMessage("CSAT is from 1 to 5");
    }

    @Test
    void theSameContentGivesTheSameKeyAndAnExternalIdOverridesContent() {
        var a = new CustomerResponse(unit, at, 9, 5, " Hyvä ", Channel.VISIT, Source.IMPORT, null);
        var b = new CustomerResponse(unit, at, 9, 5, "Hyvä", Channel.VISIT, Source.API, null);
        var c = new CustomerResponse(unit, at, 8, 5, "Hyvä", Channel.VISIT, Source.IMPORT, null);
        var d = new CustomerResponse(unit, at, 1, null, null, Channel.PHONE, Source.API, "ext-1");
        var e = new CustomerResponse(unit, at.plusDays(3), 10, 4, "x", Channel.VISIT, Source.IMPORT, "ext-1");

        assertThat(a.getDedupeKey()).isEqualTo(b.getDedupeKey()).isNotEqualTo(c.getDedupeKey());
        assertThat(d.getDedupeKey()).isEqualTo(e.getDedupeKey());
    }

    @Test
    void aResponseCountsInTheMonthOfItsVisit() {
        var visited = new CustomerResponse(
                unit, at, LocalDateTime.of(2026, 10, 31, 23, 50), 9, null, null, Channel.VISIT, Source.SURVEY, null);

        assertThat(visited.countedAt()).isEqualTo(LocalDateTime.of(2026, 10, 31, 23, 50));
        assertThat(visited.countedMonth()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void withoutAVisitAResponseCountsInTheMonthOfItsAnswer() {
        var answered = new CustomerResponse(
                unit, LocalDateTime.of(2026, 11, 1, 0, 0), null, 9, null, null, Channel.VISIT, Source.API, null);

        assertThat(answered.countedAt()).isEqualTo(LocalDateTime.of(2026, 11, 1, 0, 0));
        assertThat(answered.countedMonth()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(new CustomerResponse(unit, at, 9, null, null, Channel.VISIT, Source.API, null).countedMonth())
                .isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aVisitAfterTheAnswerIsRefused() {
        assertThatThrownBy(() -> new CustomerResponse(
                        unit, at, at.plusMinutes(1), 9, null, null, Channel.VISIT, Source.API, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The visit is after the answer");
    }

    @Test
    void theVisitDoesNotChangeWhichResponsesAreTheSame() {
        var without = new CustomerResponse(unit, at, 9, 5, "Hyvä", Channel.VISIT, Source.API, null);
        var with = new CustomerResponse(unit, at, at.minusDays(1), 9, 5, "Hyvä", Channel.VISIT, Source.IMPORT, null);

        assertThat(with.getDedupeKey()).isEqualTo(without.getDedupeKey());
    }
}
