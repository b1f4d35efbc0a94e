package fi.kohtaamo.pulse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kohtaamo.KohtaamoDeployment;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pulse rounds: one anonymous answer per person, and results only for groups at the anonymity threshold. */
@ExtendWith(ArquillianExtension.class)
class PulseIT {

    private static final List<Integer> SCORES = List.of(4, 4, 3, 3, 5, 5, 4, 4, 2, 2, 3, 3);

    @Deployment
    static WebArchive deployment() {
        return KohtaamoDeployment.inContainer();
    }

    @Inject
    Pulses pulses;

    @Inject
    Units units;

    @Inject
    People people;

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

    private PulseRound round(Unit unit) {
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
        return pulses.open(hr, "Testikierros", LocalDate.now(), LocalDate.now().plusDays(7), Set.of(unit.getId()));
    }

    @Test
    void everyoneAnswersOnceAndResultsAppearOnlyAtTheThreshold() {
        Unit unit = unit();
        List<Person> staff = staff(unit, 5);
        PulseRound round = round(unit);
        LocalDate today = LocalDate.now();

        for (int i = 0; i < 4; i++) {
            pulses.answer(staff.get(i), round.getId(), SCORES, 9, "Hyvä tiimi", today);
        }
        assertTrue(pulses.results(round.getId(), unit).isEmpty(), "four answers are below the threshold of five");
        assertThrows(
                IllegalStateException.class,
                () -> pulses.answer(staff.get(0), round.getId(), SCORES, 2, null, today),
                "nobody answers twice");
        assertTrue(pulses.openFor(staff.get(0), today).stream()
                .noneMatch(r -> r.getId().equals(round.getId())));

        pulses.answer(staff.get(4), round.getId(), SCORES, 3, null, today);

        Pulses.GroupResult result = pulses.results(round.getId(), unit).orElseThrow();
        assertEquals(5, result.answers());
        assertEquals(List.of(4.0, 3.0, 5.0, 4.0, 2.0, 3.0), result.factorMeans());
        assertEquals(60.0, result.enps(), 1e-9, "4 promoters, 1 detractor of 5");
        assertEquals(4, result.comments().size());

        Map<Long, Pulses.GroupResult> grouped =
                pulses.resultsByGroup(round.getId(), Map.of(unit.getId(), unit.getId()));
        assertEquals(
                List.of(4.0, 3.0, 5.0, 4.0, 2.0, 3.0), grouped.get(unit.getId()).factorMeans());
        assertEquals(60.0, grouped.get(unit.getId()).enps(), 1e-9);
        assertTrue(grouped.get(unit.getId()).comments().isEmpty(), "the dashboard's summary carries no comments");
    }

    @Test
    void groupedResultsLeaveOutGroupsBelowTheThreshold() {
        Unit small = unit();
        Unit large = unit();
        List<Person> few = staff(small, 4);
        List<Person> many = staff(large, 5);
        PulseRound round = pulses.open(
                people.save(
                        new Person(
                                "hr." + UUID.randomUUID().toString().substring(0, 8),
                                UUID.randomUUID() + "@example.com",
                                "H",
                                "R",
                                small),
                        Set.of(),
                        null),
                "Kaksi yksikköä",
                LocalDate.now(),
                LocalDate.now().plusDays(7),
                Set.of(small.getId(), large.getId()));
        few.forEach(p -> pulses.answer(p, round.getId(), SCORES, 10, null, LocalDate.now()));
        many.forEach(p -> pulses.answer(p, round.getId(), SCORES, 0, null, LocalDate.now()));

        Map<Long, Pulses.GroupResult> grouped = pulses.resultsByGroup(
                round.getId(), Map.of(small.getId(), small.getId(), large.getId(), large.getId()));

        assertEquals(Set.of(large.getId()), grouped.keySet(), "four answers are below the threshold of five");
        assertEquals(-100.0, grouped.get(large.getId()).enps(), 1e-9);
    }

    @Test
    void aRoundIsOnlyForItsUnitsAndTheThresholdIsNeverBelowThree() {
        Unit unit = unit();
        Unit other = unit();
        Person outsider = staff(other, 1).get(0);
        PulseRound round = round(unit);

        assertThrows(
                IllegalStateException.class,
                () -> pulses.answer(outsider, round.getId(), SCORES, 9, null, LocalDate.now()));
        assertThrows(IllegalArgumentException.class, () -> pulses.setThreshold(2));
        assertTrue(pulses.threshold() >= 3);
    }
}
