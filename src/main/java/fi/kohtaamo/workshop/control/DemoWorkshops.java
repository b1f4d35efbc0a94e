package fi.kohtaamo.workshop.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.CommitmentEvent;
import fi.kohtaamo.workshop.entity.DotVote;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Demo workshops on the first start in demo mode: every trained unit of {@link DemoOrganisation#STORIES} held its first
 * workshop on its story's day and more every six weeks since, with attendance and commitments in every state; Palvelupiste Kamppi also has one coming up in four days, to which its
 * whole staff is invited, and commitments due this week, two of them the whole team's; Palvelupiste Turku meets
 * tomorrow. Kamppi also held a six-factor self-assessment (its dot vote recorded) and its follow-up, to which an open
 * commitment was carried over. Every date counts from the clock's today. No mail is sent.
 */
@ApplicationScoped
public class DemoWorkshops {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(DemoWorkshops.class.getName());
    private static final List<String> GUIDES = List.of(
            "what-customers-feel", "six-factors-self-assessment", "customer-path", "promises-and-response-times");

    /** The unit whose next workshop is tomorrow. */
    private static final String TOMORROW_UNIT = "TKU-PP";

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoOrganisation demoOrganisation;

    @Inject
    Units units;

    void loadOnFirstStart(@Observes @Priority(StartupOrder.DEMO_WORKSHOPS) Startup startup) {
        demoOrganisation.loadOnce(WorkshopSession.class, 7, this::load);
    }

    private void load(Random random) {
        if (em.find(WorkshopGuide.class, GUIDES.get(0)) == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (DemoOrganisation.Story story : DemoOrganisation.STORIES) {
            if (story.trained()) {
                holdSessions(
                        units.findByCode(story.code()).orElseThrow(),
                        story.firstWorkshop(today),
                        story.startedMonthsAgo(),
                        random);
            }
        }
        Unit kamppi = units.findByCode(DemoOrganisation.DEMO_UNIT_CODE).orElseThrow();
        List<Person> staff = staffOf(kamppi);
        WorkshopSession next =
                new WorkshopSession(kamppi, em.find(WorkshopGuide.class, "customer-path"), supervisorOf(kamppi));
        next.schedule(
                LocalDate.now(clock).plusDays(4).atTime(LocalTime.of(13, 0)),
                105,
                "Kampin palvelupisteen neuvotteluhuone",
                null);
        next.invite(ids(staff));
        em.persist(next);
        dueThisWeek(kamppi, staff);
        customerPathHeld(kamppi, staff);
        tomorrow(units.findByCode(TOMORROW_UNIT).orElseThrow());
        carriedThrough(kamppi, staff);
        LOG.info("Demo workshops loaded");
    }

    /** A workshop tomorrow morning in another unit, so that the day-before reminder has someone to go to. */
    private void tomorrow(Unit unit) {
        WorkshopSession session = new WorkshopSession(
                unit, em.find(WorkshopGuide.class, "promises-and-response-times"), supervisorOf(unit));
        session.schedule(
                LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(9, 0)),
                90,
                "Turun palvelupisteen taukotila",
                null);
        session.invite(ids(staffOf(unit)));
        em.persist(session);
    }

    /**
     * Commitments from Kamppi's latest workshop that fall due in the coming days: two for the whole team (no owner),
     * one owned by the demo employee.
     */
    private void dueThisWeek(Unit kamppi, List<Person> staff) {
        WorkshopSession latest = em.createQuery(
                        "select s from WorkshopSession s where s.unit = :unit and s.status = :held order by s.startsAt desc",
                        WorkshopSession.class)
                .setParameter("unit", kamppi)
                .setParameter("held", SessionStatus.HELD)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (latest == null) {
            return;
        }
        Person employee = staff.stream()
                .filter(p -> p.getUsername().equals("employee.demo"))
                .findFirst()
                .orElse(null);
        LocalDate today = LocalDate.now(clock);
        em.persist(new Commitment(
                latest,
                "Soitamme jokaiselle asiakkaalle, jolle lupasimme soiton, saman päivän aikana.",
                null,
                today.plusDays(2),
                Factor.COMMUNICATION,
                null));
        em.persist(new Commitment(
                latest,
                "Päivitämme jonotus- ja aukiolotiedot verkkosivuille joka maanantai.",
                null,
                today.plusDays(5),
                Factor.TOOLS,
                null));
        em.persist(new Commitment(
                latest,
                "Kokoan listan kysymyksistä, joihin vastaamme heti ilman siirtoa toiselle.",
                employee,
                today.plusDays(3),
                Factor.PROCESSES,
                null));
    }

    /** A trained unit's workshops: the first on the story's day, then one every six weeks, three in all at most. */
    private void holdSessions(Unit unit, LocalDate first, int monthsAgo, Random random) {
        Person supervisor = supervisorOf(unit);
        List<Person> staff = staffOf(unit);
        if (supervisor == null || staff.isEmpty()) {
            return;
        }
        int sessions = monthsAgo > 4 ? 3 : 2;
        for (int i = 0; i < sessions; i++) {
            LocalDateTime when = first.plusWeeks(i * 6L).atTime(LocalTime.of(9 + random.nextInt(5), 0));
            if (when.isAfter(LocalDateTime.now(clock).minusDays(3))) {
                continue;
            }
            WorkshopGuide guide = em.find(WorkshopGuide.class, GUIDES.get(i % GUIDES.size()));
            WorkshopSession session = new WorkshopSession(unit, guide, supervisor);
            session.schedule(when, guide.getMinutes(), "Taukotila", null);
            session.invite(ids(staff));
            session.recordAttendance(staff.stream()
                    .filter(person -> random.nextInt(100) < 82)
                    .map(Person::getId)
                    .collect(Collectors.toSet()));
            em.persist(session);
            commitments(session, staff, when.toLocalDate(), random);
        }
    }

    private void commitments(WorkshopSession session, List<Person> staff, LocalDate held, Random random) {
        String[][] ideas = {
            {"Tervehdimme jokaista asiakasta heti ovella, myös kiireessä.", "communication"},
            {"Saatamme asiakkaan kollegalle itse emmekä neuvo vain tiskiä.", "processes"},
            {"Vastaamme sähköposteihin saman päivän aikana, vaikka vain kuitaten.", "communication"},
            {"Käymme viikkopalaverissa läpi yhden asiakaspalautteen.", "leadership"},
            {"Kirjaamme lupaukset järjestelmään emmekä muistiin.", "tools"}
        };
        for (int i = 0; i < 3; i++) {
            String[] idea = ideas[random.nextInt(ideas.length)];
            Person owner = staff.get(random.nextInt(staff.size()));
            Commitment commitment = new Commitment(
                    session, idea[0], owner, held.plusWeeks(4 + random.nextInt(8)), Factor.of(idea[1]), null);
            int roll = random.nextInt(10);
            commitment.setStatus(
                    roll < 5 ? Commitment.State.DONE : roll < 6 ? Commitment.State.DROPPED : Commitment.State.OPEN);
            em.persist(commitment);
        }
    }

    private Person supervisorOf(Unit unit) {
        return em.createNamedQuery("Person.supervisorsOf", Person.class)
                .setParameter("unitId", unit.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<Person> staffOf(Unit unit) {
        return em
                .createNamedQuery("Person.findInUnits", Person.class)
                .setParameter("unitIds", units.withDescendants(List.of(unit.getId())))
                .getResultList()
                .stream()
                .filter(Person::isActive)
                .toList();
    }

    private static Set<Long> ids(List<Person> people) {
        return people.stream().map(Person::getId).collect(Collectors.toSet());
    }

    /**
     * Kamppi's six-factor self-assessment six weeks ago, with the wall's scores recorded in facilitator mode and the
     * two chosen factors as the team's commitments, and its follow-up ten days ago, to which the one still open was
     * carried over.
     */
    private void carriedThrough(Unit kamppi, List<Person> staff) {
        Person supervisor = supervisorOf(kamppi);
        WorkshopGuide guide = em.find(WorkshopGuide.class, "six-factors-self-assessment");
        if (supervisor == null || guide == null || staff.isEmpty()) {
            return;
        }
        LocalDateTime assessed = LocalDate.now(clock).minusWeeks(6).atTime(LocalTime.of(13, 0));
        WorkshopSession assessment = new WorkshopSession(kamppi, guide, supervisor);
        assessment.schedule(assessed, guide.getMinutes(), "Kampin palvelupisteen neuvotteluhuone", null);
        assessment.invite(ids(staff));
        assessment.recordAttendance(ids(staff));
        em.persist(assessment);
        em.flush();
        DotVote vote = new DotVote(assessment.getId());
        int[][] wall = {{28, 5}, {24, 9}, {39, 1}, {35, 0}, {22, 7}, {31, 2}};
        List<DotVote.Sheet> sheets = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            int[] sheet = wall[factor.ordinal()];
            sheets.add(new DotVote.Sheet(factor, BigDecimal.valueOf(sheet[0], 1), sheet[1]));
        }
        vote.record(sheets, supervisor.getId(), assessed.plusHours(1));
        em.persist(vote);
        Commitment workload = new Commitment(
                assessment,
                "Sovimme kiireaikojen vuorolistan, jossa joku on aina vapaana auttamaan jonossa.",
                null,
                assessed.toLocalDate().plusWeeks(3),
                Factor.WORKLOAD,
                null);
        Commitment tools = new Commitment(
                assessment,
                "Kirjaamme jokaisen asiakkaalle luvatun takaisinsoiton yhteiseen kalenteriin.",
                null,
                assessed.toLocalDate().plusWeeks(8),
                Factor.TOOLS,
                null);
        workload.setStatus(Commitment.State.DONE);
        em.persist(workload);
        em.persist(tools);
        em.persist(CommitmentEvent.statusChanged(workload, Commitment.State.DONE, supervisor, assessed.plusWeeks(2)));

        LocalDateTime followedUp = LocalDate.now(clock).minusDays(10).atTime(LocalTime.of(14, 0));
        WorkshopSession followUp = new WorkshopSession(kamppi, guide, supervisor);
        followUp.schedule(followedUp, 60, "Kampin palvelupisteen neuvotteluhuone", null);
        followUp.setFollowUpOf(assessment);
        followUp.invite(ids(staff));
        followUp.recordAttendance(ids(staff));
        em.persist(followUp);
        tools.carryOverTo(followUp);
        em.persist(CommitmentEvent.carriedOver(tools, assessment, followUp, supervisor, followedUp.plusMinutes(20)));
        em.flush();
        // Made in the workshop, not when the demo was loaded.
        em.createQuery("update Commitment c set c.createdAt = :at where c.id in :ids")
                .setParameter("at", assessed.plusMinutes(100))
                .setParameter("ids", List.of(workload.getId(), tools.getId()))
                .executeUpdate();
    }

    /**
     * Kamppi's customer-path workshop three weeks ago, with two maps (today's path and the path we want) and the bounce
     * at the counter turned into a team commitment, so that the session page shows maps from the first start.
     */
    private void customerPathHeld(Unit kamppi, List<Person> staff) {
        WorkshopSession session =
                new WorkshopSession(kamppi, em.find(WorkshopGuide.class, "customer-path"), supervisorOf(kamppi));
        session.schedule(
                LocalDate.now(clock).minusWeeks(3).atTime(LocalTime.of(13, 0)),
                105,
                "Kampin palvelupisteen neuvotteluhuone",
                null);
        session.invite(ids(staff));
        session.recordAttendance(ids(staff));
        session.setNotes("Kartoitimme asumistukihakemuksen polun. Asiakas pompoteltiin neuvonnasta puhelinpalveluun.");
        em.persist(session);
        var lanes = List.of(
                new PathMapDocument.Lane("customer", "Asiakas"),
                new PathMapDocument.Lane("counter", "Neuvonta"),
                new PathMapDocument.Lane("phone", "Puhelinpalvelu"),
                new PathMapDocument.Lane("benefits", "Etuuskäsittely"));
        var bounce = java.util.EnumSet.of(PathMapDocument.Mark.BOUNCE, PathMapDocument.Mark.REPEAT);
        var wait = java.util.EnumSet.of(PathMapDocument.Mark.WAIT);
        var none = java.util.EnumSet.noneOf(PathMapDocument.Mark.class);
        var truth = java.util.EnumSet.of(PathMapDocument.Mark.MOMENT_OF_TRUTH);
        Commitment fix = new Commitment(
                session,
                "Neuvonta soittaa etuuskäsittelyyn asiakkaan kanssa, eikä lähetä häntä jonottamaan puhelimeen.",
                null,
                LocalDate.now(clock).plusWeeks(3),
                Factor.PROCESSES,
                null);
        em.persist(fix);
        em.flush();
        PathMapDocument today = new PathMapDocument(
                lanes,
                List.of(
                        new PathMapDocument.Touchpoint("t1", "customer", "Tulee kysymään asumistuesta", none, 0, null),
                        new PathMapDocument.Touchpoint(
                                "t2", "counter", "Ohjataan soittamaan puhelinpalveluun", bounce, -2, fix.getId()),
                        new PathMapDocument.Touchpoint("t3", "phone", "Jonottaa puhelimessa 40 min", wait, -2, null),
                        new PathMapDocument.Touchpoint("t4", "phone", "Kertoo asiansa uudelleen", bounce, -1, null),
                        new PathMapDocument.Touchpoint("t5", "benefits", "Hakemus käsitellään", none, 0, null)));
        PathMapDocument wanted = new PathMapDocument(
                lanes,
                List.of(
                        new PathMapDocument.Touchpoint("w1", "customer", "Tulee kysymään asumistuesta", none, 0, null),
                        new PathMapDocument.Touchpoint(
                                "w2", "counter", "Neuvoja soittaa käsittelijälle asiakkaan kanssa", truth, 2, null),
                        new PathMapDocument.Touchpoint("w3", "benefits", "Hakemus käsitellään", none, 1, null)));
        em.persist(new fi.kohtaamo.workshop.entity.PathMap(session, 1, "Polku nyt", today.json()));
        em.persist(new fi.kohtaamo.workshop.entity.PathMap(session, 2, "Polku, jonka haluamme", wanted.json()));
    }
}
