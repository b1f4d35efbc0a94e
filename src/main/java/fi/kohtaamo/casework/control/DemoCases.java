package fi.kohtaamo.casework.control;

import fi.kohtaamo.casework.entity.CaseEvent;
import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.DetractorCase;
import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.survey.control.Responses;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CommentTheme;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo mode: detractor cases in every state, on the first start only (while no case has taken a step). They come from
 * the demo's detractor responses with comments of the last four months, whoever loaded those; where the demo unit
 * has fewer than {@link #DEMO_UNIT_RECENT} of the last 30 days, some are recorded first. In each unit the newest case
 * stays new, the next is acknowledged and the one after it contacted, and the older ones are resolved by the unit's
 * supervisor with a note and a root cause (a complaint theme of the comment, else an internal factor), so the demo unit
 * has one of each.
 */
@ApplicationScoped
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());

    /** How many recent detractor comments the demo unit gets, at least. */
    static final int DEMO_UNIT_RECENT = 4;

    private static final String[] COMMENTS = {
        "Jonotin yli puoli tuntia eikä kukaan kertonut, miksi.",
        "Minua pallotettiin tiskiltä toiselle, eikä kukaan ottanut asiaa hoitaakseen.",
        "Luvattiin soittaa takaisin, mutta soittoa ei koskaan tullut.",
        "Ohjeet olivat epäselvät ja jouduin tulemaan uudestaan.",
        "Verkkopalvelu ei toiminut ja paikan päällä sanottiin vain, että se on vika."
    };

    private static final String[] NOTES = {
        "Soitin asiakkaalle ja pahoittelin. Sovimme tiimin kanssa, että jonotilanteesta kerrotaan heti.",
        "Asiakas sai asiansa hoidettua puhelimessa. Käymme tiimissä läpi, kuka omistaa tällaiset kysymykset.",
        "Tavoitin asiakkaan toisella yrittämällä; takaisinsoitot kirjataan nyt yhteiseen listaan.",
        "Kävimme asiakkaan kanssa ohjeet läpi; ohjetta selkeytetään.",
    };

    @Inject
    DemoOrganisation demoOrganisation;

    @Inject
    Responses responses;

    @Inject
    DetractorCases cases;

    @Inject
    People people;

    @Inject
    Units units;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    void loadOnFirstStart(@Observes @Priority(StartupOrder.DEMO_CASES) Startup startup) {
        demoOrganisation.loadOnce(CaseEvent.class, 18L, this::load);
    }

    private void load(Random random) {
        LocalDateTime now = LocalDateTime.now(clock);
        Unit demoUnit = units.findByCode(DemoOrganisation.DEMO_UNIT_CODE).orElseThrow();
        recordRecentIfFew(demoUnit, now, random);
        Map<Unit, List<DetractorCase>> byUnit = new LinkedHashMap<>();
        for (CustomerResponse response : detractorsSince(now.minusMonths(4))) {
            DetractorCase found = em.createNamedQuery("DetractorCase.ofResponse", DetractorCase.class)
                    .setParameter("response", response.getId())
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> open(response));
            byUnit.computeIfAbsent(found.getUnit(), u -> new ArrayList<>()).add(found);
        }
        int moved = 0;
        for (Map.Entry<Unit, List<DetractorCase>> unit : byUnit.entrySet()) {
            Person supervisor = people.supervisorsOf(unit.getKey().getId()).stream()
                    .filter(Person::isActive)
                    .findFirst()
                    .orElse(null);
            if (supervisor == null) {
                continue;
            }
            List<DetractorCase> newestFirst = unit.getValue();
            for (int i = 0; i < newestFirst.size(); i++) {
                CaseState target = i == 0
                        ? CaseState.NEW
                        : i == 1 ? CaseState.ACKNOWLEDGED : i == 2 ? CaseState.CONTACTED : CaseState.RESOLVED;
                moved += advance(newestFirst.get(i), target, supervisor, now, random) ? 1 : 0;
            }
        }
        int count = byUnit.values().stream().mapToInt(List::size).sum();
        int steps = moved;
        LOG.info(() -> "Demo detractor cases: " + count + ", " + steps + " of them taken forward");
    }

    private void recordRecentIfFew(Unit demoUnit, LocalDateTime now, Random random) {
        long recent = em.createQuery(
                        "select count(r) from CustomerResponse r where r.unit.id = :unit and r.nps <= 6"
                                + " and r.comment is not null and r.answeredAt >= :since",
                        Long.class)
                .setParameter("unit", demoUnit.getId())
                .setParameter("since", now.minus(DetractorCases.OPENS_WITHIN))
                .getSingleResult();
        List<CustomerResponse> added = new ArrayList<>();
        for (long i = recent; i < DEMO_UNIT_RECENT; i++) {
            LocalDateTime at = now.minusHours(2 + 30 * i + random.nextInt(6));
            added.add(new CustomerResponse(
                    demoUnit,
                    at,
                    random.nextInt(7),
                    1 + random.nextInt(3),
                    COMMENTS[(int) i % COMMENTS.length],
                    Channel.VISIT,
                    Source.SURVEY,
                    "demo-case-" + i));
        }
        if (!added.isEmpty()) {
            responses.record(added);
        }
    }

    /** Detractor responses with a comment since then, newest first. */
    private List<CustomerResponse> detractorsSince(LocalDateTime since) {
        return em.createQuery(
                        "select r from CustomerResponse r where r.nps <= 6 and r.comment is not null"
                                + " and r.answeredAt >= :since order by r.answeredAt desc, r.id desc",
                        CustomerResponse.class)
                .setParameter("since", since)
                .getResultList();
    }

    private DetractorCase open(CustomerResponse response) {
        DetractorCase opened =
                new DetractorCase(response, response.getAnsweredAt().plusMinutes(5), cases.acknowledgeTarget());
        em.persist(opened);
        return opened;
    }

    /**
     * Takes the case to the state, its steps spread over the time since it opened (a few hours to two days apart, never
     * past now), each by the unit's supervisor.
     *
     * @return whether it took a step
     */
    private boolean advance(DetractorCase c, CaseState target, Person supervisor, LocalDateTime now, Random random) {
        int steps = target.ordinal() - c.getState().ordinal();
        if (steps <= 0) {
            return false;
        }
        long room = Duration.between(c.getOpenedAt(), now).toMinutes() / (steps + 1);
        LocalDateTime at = c.getOpenedAt();
        for (int i = 0; i < steps; i++) {
            at = at.plusMinutes(Math.min(room, 60L * (2 + random.nextInt(46))));
            switch (c.getState()) {
                case NEW -> c.acknowledge(at);
                case ACKNOWLEDGED -> c.contacted(at);
                default -> c.resolve(at, NOTES[random.nextInt(NOTES.length)], rootCause(c, random), null, null);
            }
            em.persist(new CaseEvent(c, c.getState(), supervisor, at));
        }
        return true;
    }

    private static RootCause rootCause(DetractorCase c, Random random) {
        return c.getResponse().getThemes().stream()
                .filter(t -> t.sentiment() == Sentiment.COMPLAINT)
                .map(CommentTheme::theme)
                .sorted()
                .findFirst()
                .map(RootCause::of)
                .orElseGet(() -> RootCause.of(Factor.values()[random.nextInt(Factor.values().length)]));
    }
}
