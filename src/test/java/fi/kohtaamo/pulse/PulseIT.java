package fi.kohtaamo.pulse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditEvent;
import fi.kohtaamo.platform.audit.AuditFilter;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.pulse.control.PulseDisclosure;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pulse rounds: one anonymous answer per person, and results only for closed rounds and groups at the threshold. */
@ExtendWith(ArquillianExtension.class)
class PulseIT {

    private static final List<Integer> SCORES = List.of(4, 4, 3, 3, 5, 5, 4, 4, 2, 2, 3, 3);

    @Inject
    Pulses pulses;

    @Inject
    Units units;

    @Inject
    People people;

    @Inject
    AuditLog auditLog;

    private Unit unit() {
        Unit unit = Unit.blank(UnitKind.UNIT);
        String code = "P-" + UUID.randomUUID().toString().substring(0, 8);
        unit.setCode(code);
        unit.setName("Pulssiyksikkö " + code);
        return units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
    }

    private List<Person> staff(Unit unit, int count) {
        List<Person> staff = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            staff.add(people.save(
                    new Person("pulse." + id, "pulse." + id + "@example.com", "Pulssi", id, unit), Set.of(), null));
        }
        return staff;
    }

    private Person hr(Unit unit) {
        Person hr = people.save(
                new Person(
                        "hr." + UUID.randomUUID().toString().substring(0, 8),
                        UUID.randomUUID() + "@example.com",
                        "H",
                        "R",
                        unit),
                Set.of(),
                null);
        hr.getRoles().add(Role.HR);
        return hr;
    }

    private PulseRound round(Unit unit, LocalDate opens, LocalDate closes) {
        return pulses.open(hr(unit), "Testikierros", opens, closes, Set.of(unit.getId()));
    }

    @Test
    void everyoneAnswersOnceAndResultsAppearOnlyOnceTheRoundHasClosedAndAtTheThreshold() {
        Unit unit = unit();
        List<Person> staff = staff(unit, 5);
        PulseRound round =
                round(unit, LocalDate.now(OrganisationZone.ZONE).minusDays(7), LocalDate.now(OrganisationZone.ZONE));
        LocalDate today = LocalDate.now(OrganisationZone.ZONE);

        for (int i = 0; i < 5; i++) {
            pulses.answer(
                    staff.get(i),
                    round.getId(),
                    SCORES,
                    i == 4 ? 3 : 9,
                    i == 4 ? null : "Hyvä tiimi " + (4 - i),
                    today);
        }
        assertThrows(
                IllegalStateException.class,
                () -> pulses.answer(staff.get(0), round.getId(), SCORES, 2, null, today),
                "nobody answers twice");
        assertTrue(pulses.openFor(staff.get(0), today).stream()
                .noneMatch(r -> r.getId().equals(round.getId())));
        Pulses.Reading open = pulses.reading(round, unit);
        assertTrue(open.result().isEmpty(), "five answers, but the round closes only at the end of today");
        assertEquals(PulseDisclosure.Withheld.ROUND_OPEN, open.withheld());

        PulseRound closed = round(
                unit,
                LocalDate.now(OrganisationZone.ZONE).minusDays(7),
                LocalDate.now(OrganisationZone.ZONE).minusDays(1));
        for (int i = 0; i < 4; i++) {
            pulses.answer(
                    staff.get(i),
                    closed.getId(),
                    SCORES,
                    9,
                    null,
                    LocalDate.now(OrganisationZone.ZONE).minusDays(2));
        }
        assertEquals(
                PulseDisclosure.Withheld.TOO_FEW, pulses.reading(closed, unit).withheld());
        assertThrows(
                IllegalStateException.class,
                () -> pulses.answer(staff.get(4), closed.getId(), SCORES, 9, null, today),
                "nobody answers a closed round, so its figures never move");

        PulseRound answered = round(
                unit,
                LocalDate.now(OrganisationZone.ZONE).minusDays(7),
                LocalDate.now(OrganisationZone.ZONE).minusDays(1));
        for (int i = 0; i < 5; i++) {
            pulses.answer(
                    staff.get(i),
                    answered.getId(),
                    SCORES,
                    i == 4 ? 3 : 9,
                    i == 4 ? null : "Hyvä tiimi " + (4 - i),
                    LocalDate.now(OrganisationZone.ZONE).minusDays(3));
        }
        Pulses.GroupResult result = pulses.reading(answered, unit).result().orElseThrow();
        assertEquals(5, result.answers());
        assertEquals(List.of(4.0, 3.0, 5.0, 4.0, 2.0, 3.0), result.factorMeans());
        assertEquals(60.0, result.enps(), 1e-9, "4 promoters, 1 detractor of 5");
        assertEquals(
                List.of("Hyvä tiimi 1", "Hyvä tiimi 2", "Hyvä tiimi 3", "Hyvä tiimi 4"),
                result.comments(),
                "sorted by text, not in the order given");

        Pulses.GroupResult summary = pulses.readings(answered, List.of(unit.getId()))
                .get(unit.getId())
                .result()
                .orElseThrow();
        assertEquals(List.of(4.0, 3.0, 5.0, 4.0, 2.0, 3.0), summary.factorMeans());
        assertEquals(60.0, summary.enps(), 1e-9);
        assertTrue(summary.comments().isEmpty(), "the dashboard's summary carries no comments");
    }

    @Test
    void readingsLeaveOutGroupsBelowTheThresholdAndTheirComplements() {
        Unit small = unit();
        Unit large = unit();
        Unit team = Unit.blank(UnitKind.TEAM);
        team.setCode("PT-" + UUID.randomUUID().toString().substring(0, 8));
        team.setName("Pulssitiimi " + team.getCode());
        team = units.save(team, large.getId());
        List<Person> few = staff(small, 4);
        List<Person> many = staff(large, 3);
        List<Person> teamStaff = staff(team, 6);
        PulseRound round = pulses.open(
                hr(small),
                "Kaksi yksikköä",
                LocalDate.now(OrganisationZone.ZONE).minusDays(10),
                LocalDate.now(OrganisationZone.ZONE).minusDays(1),
                Set.of(small.getId(), large.getId()));
        LocalDate then = LocalDate.now(OrganisationZone.ZONE).minusDays(5);
        few.forEach(p -> pulses.answer(p, round.getId(), SCORES, 10, null, then));
        many.forEach(p -> pulses.answer(p, round.getId(), SCORES, 0, null, then));
        teamStaff.forEach(p -> pulses.answer(p, round.getId(), SCORES, 0, null, then));

        Map<Long, Pulses.Reading> readings =
                pulses.readings(round, List.of(small.getId(), large.getId(), team.getId()));

        assertEquals(
                PulseDisclosure.Withheld.TOO_FEW, readings.get(small.getId()).withheld());
        assertEquals(-100.0, readings.get(large.getId()).result().orElseThrow().enps(), 1e-9);
        assertEquals(9, readings.get(large.getId()).result().orElseThrow().answers());
        assertEquals(
                PulseDisclosure.Withheld.PROTECTS_SMALLER,
                readings.get(team.getId()).withheld(),
                "the unit minus its team would be the three attached to the unit itself");
    }

    @Test
    void aRoundIsOnlyForItsUnitsAndTheThresholdIsNeverBelowThree() {
        Unit unit = unit();
        Unit other = unit();
        Person outsider = staff(other, 1).get(0);
        PulseRound round = round(
                unit,
                LocalDate.now(OrganisationZone.ZONE),
                LocalDate.now(OrganisationZone.ZONE).plusDays(7));

        assertThrows(
                IllegalStateException.class,
                () -> pulses.answer(outsider, round.getId(), SCORES, 9, null, LocalDate.now(OrganisationZone.ZONE)));
        assertThrows(IllegalArgumentException.class, () -> pulses.setThreshold(2));
        assertTrue(pulses.threshold() >= 3);
    }

    private Unit team(Unit parent) {
        Unit team = Unit.blank(UnitKind.TEAM);
        team.setCode("PT-" + UUID.randomUUID().toString().substring(0, 8));
        team.setName("Pulssitiimi " + team.getCode());
        return units.save(team, parent.getId());
    }

    /** What the round shows of each unit: the result with comments, or why it is withheld, and what it covers. */
    private Map<Long, List<Object>> shown(PulseRound round, List<Unit> groups) {
        Map<Long, Pulses.Reading> readings =
                pulses.readings(round, groups.stream().map(Unit::getId).toList());
        return groups.stream().collect(Collectors.toMap(Unit::getId, unit -> {
            Pulses.Reading reading = pulses.reading(round, unit);
            Pulses.Reading summary = readings.get(unit.getId());
            return List.of(
                    reading.result(),
                    String.valueOf(reading.withheld()),
                    reading.covers(),
                    summary.result(),
                    String.valueOf(summary.withheld()));
        }));
    }

    @Test
    void aClosedRoundShowsTheSameFiguresAfterTheThresholdChangesAndAUnitMoves() {
        int threshold = pulses.threshold();
        pulses.setThreshold(5);
        try {
            Unit first = unit();
            Unit large = team(first);
            Unit small = team(first);
            Unit second = unit();
            PulseRound round = pulses.open(
                    hr(first),
                    "Jäädytetty",
                    LocalDate.now(OrganisationZone.ZONE).minusDays(10),
                    LocalDate.now(OrganisationZone.ZONE).minusDays(1),
                    Set.of(first.getId(), second.getId()));
            LocalDate then = LocalDate.now(OrganisationZone.ZONE).minusDays(5);
            staff(large, 6).forEach(p -> pulses.answer(p, round.getId(), SCORES, 10, "Iso " + p.getLastName(), then));
            staff(small, 3).forEach(p -> pulses.answer(p, round.getId(), SCORES, 0, "Pieni " + p.getLastName(), then));
            staff(second, 6).forEach(p -> pulses.answer(p, round.getId(), SCORES, 7, null, then));
            List<Unit> groups = List.of(
                    first, large, small, second, units.findByCode("LANSI").orElseThrow());

            Map<Long, List<Object>> before = shown(round, groups);
            assertEquals(9, pulses.reading(round, first).result().orElseThrow().answers());
            assertEquals(
                    PulseDisclosure.Withheld.TOO_FEW,
                    pulses.reading(round, small).withheld());
            assertEquals(
                    PulseDisclosure.Withheld.PROTECTS_SMALLER,
                    pulses.reading(round, large).withheld(),
                    "the unit minus its large team would be the small one");

            pulses.setThreshold(3);
            units.save(units.find(small.getId()).orElseThrow(), second.getId());
            Map<Long, List<Object>> after = shown(round, groups);

            assertEquals(
                    before,
                    after,
                    "with today's threshold and tree the small team (3) and the second unit with it (9) would be shown,"
                            + " and either minus what was shown before singles the small team out");
            assertEquals(5, round.getThreshold());
            PulseRound later = round(
                    first,
                    LocalDate.now(OrganisationZone.ZONE),
                    LocalDate.now(OrganisationZone.ZONE).plusDays(7));
            assertEquals(3, later.getThreshold(), "a round opened now keeps the threshold of now");
        } finally {
            pulses.setThreshold(threshold);
        }
    }

    @Test
    void hrClosesAnOpenRoundEarlyAndBothOpeningAndClosingAreAudited() {
        Unit unit = unit();
        List<Person> staff = staff(unit, 6);
        LocalDate today = LocalDate.now(OrganisationZone.ZONE);
        PulseRound round = round(unit, today.minusDays(3), today.plusDays(7));
        staff.subList(0, 5).forEach(p -> pulses.answer(p, round.getId(), SCORES, 9, null, today));
        assertEquals(
                PulseDisclosure.Withheld.ROUND_OPEN, pulses.reading(round, unit).withheld());

        PulseRound closed = pulses.closeEarly(round.getId());

        assertEquals(today, closed.getClosedEarlyOn());
        assertEquals(today, closed.getEndsOn());
        assertEquals(today.plusDays(7), closed.getClosesOn(), "the planned day stays as it was");
        assertEquals(5, pulses.reading(closed, unit).result().orElseThrow().answers());
        assertThrows(
                IllegalStateException.class,
                () -> pulses.answer(staff.get(5), round.getId(), SCORES, 9, null, today),
                "nobody answers a round closed early");
        assertTrue(pulses.openFor(staff.get(5), today).stream()
                .noneMatch(r -> r.getId().equals(round.getId())));
        assertThrows(
                IllegalStateException.class,
                () -> pulses.closeEarly(round.getId()),
                "a closed round cannot be closed again");

        List<AuditEvent> opened = audited(AuditAction.PULSE_ROUND_OPENED, round);
        List<AuditEvent> closings = audited(AuditAction.PULSE_ROUND_CLOSED, round);
        assertEquals(1, opened.size());
        assertEquals(1, closings.size(), "closed once, logged once");
        assertEquals(
                "closed on " + today + ", planned " + today.plusDays(7) + ", 5 answers",
                closings.get(0).getDetail());

        PulseRound byDate = round(unit, today.minusDays(9), today.minusDays(2));
        pulses.reading(byDate, unit);
        assertTrue(
                audited(AuditAction.PULSE_ROUND_CLOSED, byDate).isEmpty(),
                "a round closing by its date is no person's act, so nothing is logged");
    }

    private List<AuditEvent> audited(AuditAction action, PulseRound round) {
        return auditLog.find(new AuditFilter(null, null, null, action, null), 0, 1000, true).stream()
                .filter(e -> round.getId().toString().equals(e.getTargetId()))
                .toList();
    }
}
