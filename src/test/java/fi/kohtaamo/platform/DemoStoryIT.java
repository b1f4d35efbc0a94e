package fi.kohtaamo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.pulse.entity.PulseAnswer;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.workshop.entity.SessionStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo as it was loaded on this server tells the story of {@link DemoOrganisation#STORIES}: every supervisor who
 * ran a workshop was coached before the first, the units started training in different months and some not yet, and
 * units differ in their weakest pulse factor. (The customer responses' part of the story is {@code DemoResponsesTest}'s.)
 */
@ExtendWith(ArquillianExtension.class)
class DemoStoryIT {

    private static final String SUPERVISOR_TRACK = "supervisor-coaching";

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    @Inject
    Clock clock;

    @Test
    void everySupervisorCompletedTheSupervisorTrackBeforeTheFirstWorkshopTheyRan() {
        long trackSize = number(em.createNativeQuery("select count(*) from track_module where track_id = ?")
                .setParameter(1, SUPERVISOR_TRACK)
                .getSingleResult());
        assertThat(trackSize).isPositive();
        int checked = 0;
        for (DemoOrganisation.Story story : DemoOrganisation.STORIES) {
            Unit unit = units.findByCode(story.code()).orElseThrow();
            for (Person supervisor : em.createNamedQuery("Person.supervisorsOf", Person.class)
                    .setParameter("unitId", unit.getId())
                    .getResultList()) {
                LocalDateTime first = em.createQuery(
                                "select min(s.startsAt) from WorkshopSession s where s.facilitator = :person"
                                        + " and s.status = :held",
                                LocalDateTime.class)
                        .setParameter("person", supervisor)
                        .setParameter("held", SessionStatus.HELD)
                        .getSingleResult();
                if (first == null) {
                    continue;
                }
                Object[] coached = (Object[]) em.createNativeQuery("select count(*), max(mp.completed_at)"
                                + " from module_progress mp join track_module tm on tm.module_id = mp.module_id"
                                + " and tm.track_id = ? where mp.person_id = ? and mp.completed_at is not null")
                        .setParameter(1, SUPERVISOR_TRACK)
                        .setParameter(2, supervisor.getId())
                        .getSingleResult();
                assertThat(number(coached[0]))
                        .as(story.code() + " supervisor's track")
                        .isEqualTo(trackSize);
                assertThat(dateTime(coached[1]))
                        .as(story.code() + " coached before the first workshop, " + first)
                        .isBefore(first);
                checked++;
            }
        }
        assertThat(checked).as("supervisors who ran workshops").isGreaterThanOrEqualTo(6);
    }

    @Test
    void unitsStartedInDifferentMonthsAndSomeHaveNotYet() {
        YearMonth current = YearMonth.now(clock);
        Set<YearMonth> starts = new HashSet<>();
        List<String> untrained = new ArrayList<>();
        for (DemoOrganisation.Story story : DemoOrganisation.STORIES) {
            LocalDateTime first = em.createQuery(
                            "select min(s.startsAt) from WorkshopSession s where s.unit.code = :code"
                                    + " and s.status = :held and s.startsAt < :recently",
                            LocalDateTime.class)
                    .setParameter("code", story.code())
                    .setParameter("held", SessionStatus.HELD)
                    .setParameter("recently", LocalDate.now(clock).minusDays(30).atStartOfDay())
                    .getSingleResult();
            if (story.trained()) {
                assertThat(YearMonth.from(first)).as(story.code()).isEqualTo(story.startMonth(LocalDate.now(clock)));
                starts.add(YearMonth.from(first));
            } else {
                assertThat(first).as(story.code() + " not yet trained").isNull();
                untrained.add(story.code());
            }
        }
        assertThat(starts).hasSizeGreaterThanOrEqualTo(6);
        assertThat(starts).allSatisfy(month -> assertThat(month).isBetween(current.minusMonths(23), current));
        assertThat(untrained).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void eachUnitRatesItsStorysWeakestFactorLowestAndUnitsDifferInIt() {
        Set<Factor> weakest = new HashSet<>();
        for (PulseRound round : em.createQuery(
                        "select r from PulseRound r where r.title in ('Kevään pulssi', 'Syksyn pulssi')",
                        PulseRound.class)
                .getResultList()) {
            for (DemoOrganisation.Story story : DemoOrganisation.STORIES) {
                Unit unit = units.findByCode(story.code()).orElseThrow();
                double[] sums = new double[Factor.values().length];
                int answers = 0;
                for (PulseAnswer answer : em.createQuery(
                                "select a from PulseAnswer a where a.roundId = :round and a.unitId in :units",
                                PulseAnswer.class)
                        .setParameter("round", round.getId())
                        .setParameter("units", units.withDescendants(List.of(unit.getId())))
                        .getResultList()) {
                    List<Integer> scores = answer.getScores();
                    for (int i = 0; i < scores.size(); i++) {
                        sums[i / 2] += scores.get(i);
                    }
                    answers++;
                }
                assertThat(answers).as(story.code() + " " + round.getTitle()).isPositive();
                int lowest = 0;
                for (int f = 1; f < sums.length; f++) {
                    lowest = sums[f] < sums[lowest] ? f : lowest;
                }
                assertThat(Factor.values()[lowest].id())
                        .as(story.code() + " " + round.getTitle())
                        .isEqualTo(story.weakestFactor());
                weakest.add(Factor.values()[lowest]);
            }
        }
        assertThat(weakest).hasSizeGreaterThanOrEqualTo(2);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDateTime dateTime(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
