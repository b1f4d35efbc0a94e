package fi.kohtaamo.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.stats.NpsCalculator;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Customer responses count exactly once, and the monthly results stay exact as they arrive. */
@ExtendWith(ArquillianExtension.class)
class ResponsesIT {

    @Inject
    Responses responses;

    @Inject
    UnitResults results;

    @Inject
    Units units;

    private final LocalDateTime march = LocalDateTime.of(2026, 3, 10, 12, 0);

    private Unit unit(UnitKind kind, Unit parent) {
        Unit unit = Unit.blank(kind);
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8);
        unit.setCode(code);
        unit.setName("Kyselyyksikkö " + code);
        return units.save(unit, parent.getId());
    }

    private CustomerResponse answer(Unit unit, int day, int nps, Integer csat, String externalId) {
        return new CustomerResponse(
                unit, march.plusDays(day), nps, csat, null, Channel.VISIT, Source.IMPORT, externalId);
    }

    @Test
    void theSameResponsesDeliveredTwiceCountOnce() {
        Unit unit = unit(UnitKind.UNIT, units.findByCode("LANSI").orElseThrow());
        List<CustomerResponse> batch =
                List.of(answer(unit, 0, 10, 5, null), answer(unit, 1, 8, 4, null), answer(unit, 1, 8, 4, null));

        Responses.Outcome first = responses.record(batch);
        Responses.Outcome again = responses.record(
                List.of(answer(unit, 0, 10, 5, null), answer(unit, 1, 8, 4, null), answer(unit, 2, 3, 1, null)));

        assertEquals(new Responses.Outcome(2, 1), first, "a row repeated inside a file counts once");
        assertEquals(new Responses.Outcome(1, 2), again, "re-importing adds only what is new");
        UnitResults.Month month =
                results.monthly(Set.of(unit.getId()), LocalDate.of(2026, 3, 1)).get(0);
        assertEquals(3, month.tally().total());
        assertEquals(1, month.tally().promoters());
        assertEquals(1, month.tally().passives());
        assertEquals(1, month.tally().detractors());
        assertEquals(10.0 / 3, month.csat(), 1e-9);
    }

    @Test
    void anExternalIdIdentifiesAResponseWhateverItsContent() {
        Unit unit = unit(UnitKind.UNIT, units.findByCode("LANSI").orElseThrow());
        String id = "survey-tool-" + UUID.randomUUID();

        responses.record(List.of(answer(unit, 0, 9, null, id)));
        Responses.Outcome corrected = responses.record(List.of(answer(unit, 0, 2, null, id)));

        assertEquals(new Responses.Outcome(0, 1), corrected);
        assertEquals(
                1,
                results.monthly(Set.of(unit.getId()), LocalDate.of(2026, 3, 1))
                        .get(0)
                        .tally()
                        .promoters());
    }

    @Test
    void aUnitsResultsIncludeItsTeamsAndGiveNpsWithItsMargin() {
        Unit unit = unit(UnitKind.UNIT, units.findByCode("LANSI").orElseThrow());
        Unit team = unit(UnitKind.TEAM, unit);
        responses.record(List.of(
                answer(unit, 0, 10, null, null),
                answer(team, 0, 9, null, null),
                answer(team, 1, 5, null, null),
                answer(unit, 2, 7, null, null)));

        UnitResults.Month month = results.monthly(
                        units.withDescendants(List.of(unit.getId())), LocalDate.of(2026, 1, 1))
                .get(0);

        assertEquals(4, month.tally().total());
        assertEquals(25.0, month.tally().nps(), 1e-9);
        assertEquals(NpsCalculator.marginOfError(2, 1, 4), month.tally().margin(), 1e-9);
    }

    @Test
    void aResponseCountsInTheMonthOfItsVisitAndItsCommentInThatMonthsPeriod() {
        Unit unit = unit(UnitKind.UNIT, units.findByCode("LANSI").orElseThrow());
        responses.record(List.of(
                new CustomerResponse(
                        unit,
                        LocalDateTime.of(2026, 3, 1, 8, 0),
                        LocalDateTime.of(2026, 2, 27, 16, 30),
                        10,
                        null,
                        "Helmikuun käynti",
                        Channel.VISIT,
                        Source.SURVEY,
                        null),
                new CustomerResponse(
                        unit,
                        LocalDateTime.of(2026, 3, 10, 8, 0),
                        null,
                        3,
                        null,
                        "Maaliskuun vastaus",
                        Channel.VISIT,
                        Source.API,
                        null)));
        Set<Long> scope = Set.of(unit.getId());
        LocalDate february = LocalDate.of(2026, 2, 1);
        LocalDate march = LocalDate.of(2026, 3, 1);

        List<UnitResults.Month> months = results.monthly(scope, february, march);

        assertEquals(
                List.of(february, march),
                months.stream().map(UnitResults.Month::month).toList());
        assertEquals(1, months.get(0).tally().promoters(), "the visit's month");
        assertEquals(1, months.get(1).tally().detractors(), "without a visit, the answer's month");
        assertEquals(
                List.of(february),
                results.monthly(scope, february, february).stream()
                        .map(UnitResults.Month::month)
                        .toList());
        assertEquals(
                List.of("Helmikuun käynti"),
                results.comments(scope, february, february, null, null, 0).stream()
                        .map(CustomerResponse::getComment)
                        .toList());
        assertEquals(
                List.of("Maaliskuun vastaus"),
                results.comments(scope, march, march, null, null, 0).stream()
                        .map(CustomerResponse::getComment)
                        .toList());
    }
}
