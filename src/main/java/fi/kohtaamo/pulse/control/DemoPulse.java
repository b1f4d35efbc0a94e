package fi.kohtaamo.pulse.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.pulse.entity.PulseAnswer;
import fi.kohtaamo.pulse.entity.PulseParticipation;
import fi.kohtaamo.pulse.entity.PulseRound;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two past pulse rounds on the first start in demo mode, answered by about seven in ten employees, and a third running
 * now that nobody has answered yet. Each unit rates its story's weakest factor ({@link DemoOrganisation#STORIES}) lowest
 * in both rounds (1–2 where the others are 2–4), so units differ in it; units that had held their first workshop before a round opened rate
 * competence and leadership a little higher in it, and are likelier to recommend their workplace.
 */
@ApplicationScoped
public class DemoPulse {

    /** The factors that training lifts in a trained unit's pulse. */
    private static final Set<Factor> LIFTED = Set.of(Factor.COMPETENCE, Factor.LEADERSHIP);

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoOrganisation demoOrganisation;

    @Inject
    Units units;

    @Inject
    Pulses pulses;

    void loadOnFirstStart(@Observes @Priority(StartupOrder.DEMO_PULSE) Startup startup) {
        demoOrganisation.loadOnce(PulseRound.class, 99, this::load);
    }

    private void load(Random random) {
        Set<Long> customerFacing = units.all().stream()
                .filter(u -> u.getKind() == UnitKind.UNIT && !u.getCode().equals("PP-HQ"))
                .map(Unit::getId)
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        round("Kevään pulssi", today.minusMonths(7), customerFacing, random);
        round("Syksyn pulssi", today.minusMonths(1), customerFacing, random);
        running(customerFacing, today);
    }

    /** A round that opened three days ago and runs for two weeks, not yet answered by anyone: open for everyone. */
    private void running(Set<Long> unitIds, LocalDate today) {
        em.persist(new PulseRound(
                "Talven pulssi", today.minusDays(3), today.plusDays(11), unitIds, null, pulses.threshold()));
    }

    private void round(String title, LocalDate opens, Set<Long> unitIds, Random random) {
        PulseRound round = new PulseRound(title, opens, opens.plusWeeks(2), unitIds, null, pulses.threshold());
        em.persist(round);
        em.flush();
        List<Person> staff = em.createNamedQuery("Person.findInUnits", Person.class)
                .setParameter("unitIds", units.withDescendants(unitIds))
                .getResultList();
        for (Person person : staff) {
            if (!person.isActive() || random.nextInt(10) >= 7) {
                continue;
            }
            DemoOrganisation.Story story =
                    DemoOrganisation.storyOf(person.getUnit()).orElse(null);
            if (story == null) {
                continue;
            }
            int weakest = Factor.of(story.weakestFactor()).ordinal();
            boolean trained =
                    story.trained() && story.firstWorkshop(LocalDate.now(clock)).isBefore(opens);
            List<Integer> scores = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Factor factor = Factor.values()[i / 2];
                int lift = trained && LIFTED.contains(factor) ? 1 : 0;
                scores.add(
                        factor.ordinal() == weakest
                                ? 1 + random.nextInt(2)
                                : Math.min(5, 3 + lift + random.nextInt(3) - 1));
            }
            int enps = Math.max(0, Math.min(10, 6 + (trained ? 2 : 0) + random.nextInt(5) - 2));
            em.persist(new PulseParticipation(round.getId(), person.getId()));
            em.persist(new PulseAnswer(round.getId(), person.getUnit().getId(), scores, enps, null));
        }
    }
}
