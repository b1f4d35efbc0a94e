package fi.kohtaamo.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.casework.control.CaseProblem;
import fi.kohtaamo.casework.control.CaseRules;
import fi.kohtaamo.casework.control.DetractorCases;
import fi.kohtaamo.casework.entity.CaseEvent;
import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.DetractorCase;
import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.entity.Assignment;
import fi.kohtaamo.notification.control.ReminderJob;
import fi.kohtaamo.notification.entity.OutboxMail;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.survey.control.Responses;
import fi.kohtaamo.survey.control.SurveyAnswers;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Detractor cases against the real database: a case opens with the response that calls for one (and only then), its
 * supervisor is mailed, it goes forward one step at a time and refuses anything else without writing a thing, a
 * resolution coaches the staff chosen and erases the contact, old contacts are erased by age, a case near its deadline
 * is reminded of once however often the job runs, and a supervisor of another unit reaches none of it.
 */
@ExtendWith(ArquillianExtension.class)
class DetractorCasesIT {

    @Inject
    TestOrganisation made;

    @Inject
    People people;

    @Inject
    Responses responses;

    @Inject
    SurveyAnswers answers;

    @Inject
    DetractorCases cases;

    @Inject
    Learners learners;

    @Inject
    ReminderJob job;

    @Inject
    Clock clock;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @Test
    void aDetractorWithACommentOpensACaseWithTheResponseAndItsSupervisorIsMailed() {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.SUPERVISOR);
        people.setPreferredLanguage(supervisor.getId(), "en");
        LocalDateTime now = LocalDateTime.now(clock);

        responses.record(List.of(
                response(unit, now.minusHours(1), 3, "Jonotin tunnin eikä kukaan kertonut miksi"),
                response(unit, now.minusHours(1), 6, null),
                response(unit, now.minusHours(1), 7, "Ihan ok"),
                response(unit, now.minusDays(40), 2, "Vanha vastaus tuodusta tiedostosta")));

        List<DetractorCase> opened = casesOf(unit);
        assertThat(opened).singleElement().satisfies(c -> {
            assertThat(c.getState()).isEqualTo(CaseState.NEW);
            assertThat(c.getComment()).isEqualTo("Jonotin tunnin eikä kukaan kertonut miksi");
            assertThat(c.getAcknowledgeBy()).isEqualTo(c.getOpenedAt().plusHours(48));
        });
        assertThat(mailsTo(supervisor))
                .extracting(OutboxMail::getSubject)
                .containsExactly("A customer case to acknowledge: " + unit.getName());
        assertThat(mailsTo(supervisor).get(0).getBody())
                .contains("gave a score of 3")
                .contains("/casework/case?id=" + opened.get(0).getId())
                .doesNotContain("Jonotin");
    }

    @Test
    void aCaseGoesForwardOneStepAtATimeAndRefusesAnythingElseWritingNothing() throws Exception {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.SUPERVISOR);
        Person staff = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person outsider = made.person(made.unit(), Set.of(), Role.EMPLOYEE);
        Long id = openCase(unit, "Minua pallotettiin tiskiltä toiselle", "040 123 4567");
        String module = learners.modules().keySet().iterator().next();

        assertRefused(() -> cases.contacted(supervisor, id), "case.acknowledgeFirst");
        assertRefused(() -> cases.resolve(supervisor, id, resolution("Soitin", module, Set.of())), "case.contactFirst");
        cases.acknowledge(supervisor, id);
        assertRefused(() -> cases.acknowledge(supervisor, id), "case.acknowledgedAlready");
        cases.contacted(supervisor, id);
        assertThat(reload(id).getContact()).isEqualTo("040 123 4567");

        assertThatThrownBy(() -> cases.resolve(supervisor, id, resolution(" ", null, Set.of())))
                .isInstanceOfSatisfying(
                        CaseProblem.class, p -> assertThat(p.field()).isEqualTo("note"));
        assertThatThrownBy(() -> cases.resolve(
                        supervisor, id, resolution("Soitin", module, Set.of(staff.getId(), outsider.getId()))))
                .isInstanceOfSatisfying(
                        CaseProblem.class, p -> assertThat(p.messageKey()).isEqualTo("case.staffNotInUnit"));
        assertThat(assignmentsOf(staff)).as("nothing half-written").isEmpty();
        assertThat(reload(id).getState()).isEqualTo(CaseState.CONTACTED);
        assertThat(reload(id).getContact()).isEqualTo("040 123 4567");

        cases.resolve(
                supervisor, id, resolution("Soitin ja pahoittelin; sovimme vastuut", module, Set.of(staff.getId())));

        DetractorCase resolved = reload(id);
        assertThat(resolved.getState()).isEqualTo(CaseState.RESOLVED);
        assertThat(resolved.getNote()).isEqualTo("Soitin ja pahoittelin; sovimme vastuut");
        assertThat(resolved.getRootCause()).isEqualTo(RootCause.of(Factor.PROCESSES));
        assertThat(resolved.getModuleId()).isEqualTo(module);
        assertThat(resolved.getContact()).as("erased on resolving").isNull();
        assertThat(resolved.isContactErased()).isTrue();
        assertThat(assignmentsOf(staff)).extracting(a -> a.getModule().getId()).containsExactly(module);
        assertThat(cases.history(resolved))
                .extracting(CaseEvent::getState)
                .containsExactly(CaseState.ACKNOWLEDGED, CaseState.CONTACTED, CaseState.RESOLVED);
        assertThat(cases.history(resolved))
                .allSatisfy(e -> assertThat(e.getActor().getId()).isEqualTo(supervisor.getId()));
        assertRefused(() -> cases.contacted(supervisor, id), "case.resolvedAlready");
    }

    @Test
    void aContactIsErasedAfterThirtyDaysOnceAndAYoungerOneStays() throws Exception {
        Unit unit = made.unit();
        made.person(unit, Set.of(unit), Role.SUPERVISOR);
        Long old = openCase(unit, "Luvattiin soittaa takaisin, mutta ei soitettu", "anna@example.fi");
        Long young = openCase(unit, "Ohjeet olivat epäselvät", "+358 40 765 4321");
        setOpenedAt(old, LocalDateTime.now(clock).minusDays(31));

        assertThat(cases.eraseOldContacts()).isGreaterThanOrEqualTo(1);
        assertThat(reload(old).getContact()).isNull();
        assertThat(reload(old).isContactErased()).isTrue();
        assertThat(reload(young).getContact()).isEqualTo("+358 40 765 4321");

        cases.eraseOldContacts();
        assertThat(reload(old).getContact()).as("erasing again changes nothing").isNull();
        assertThat(reload(young).getContact()).isEqualTo("+358 40 765 4321");
    }

    @Test
    void aCaseNearItsDeadlineIsRemindedOfOnceHoweverOftenTheJobRuns() throws Exception {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.SUPERVISOR);
        people.setPreferredLanguage(supervisor.getId(), "en");
        Long near = openCase(unit, "Verkkopalvelu ei toiminut", null);
        Long acknowledged = openCase(unit, "Jonotin turhaan", null);
        // opened just now: its deadline is two days away, so it is not reminded of
        openCase(unit, "Kukaan ei vastannut puhelimeen", null);
        LocalDateTime now = LocalDateTime.now(clock);
        setOpenedAt(near, now.minusHours(40));
        setOpenedAt(acknowledged, now.minusHours(40));
        cases.acknowledge(supervisor, acknowledged);

        job.run(LocalDate.now(clock));
        job.run(LocalDate.now(clock));

        List<OutboxMail> reminded = mailsTo(supervisor).stream()
                .filter(m -> m.getSubject().startsWith("A customer case waits for you"))
                .toList();
        assertThat(reminded)
                .singleElement()
                .satisfies(m -> assertThat(m.getBody())
                        .contains("/casework/case?id=" + near)
                        .contains("is still not acknowledged"));
    }

    @Test
    void aSupervisorOfAnotherUnitReachesNoneOfTheCases() throws Exception {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.SUPERVISOR);
        Unit other = made.unit();
        Person stranger = made.person(other, Set.of(other), Role.SUPERVISOR);
        Long id = openCase(unit, "Asiakaspalvelija oli tyly", "040 555 1234");

        assertThatThrownBy(() -> cases.find(stranger, id)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> cases.acknowledge(stranger, id)).isInstanceOf(AccessDenied.class);
        assertThat(reload(id).getState()).isEqualTo(CaseState.NEW);
        assertThat(cases.openIn(Set.of(other.getId()))).isEmpty();
        assertThat(cases.list(Set.of(other.getId()), Set.of(CaseState.values()), 0, 20)
                        .cases())
                .isEmpty();
        assertThat(mailsTo(stranger)).isEmpty();
        assertThat(cases.openIn(Set.of(unit.getId())))
                .extracting(DetractorCase::getId)
                .containsExactly(id);
        assertThat(cases.find(supervisor, id).getContact()).isEqualTo("040 555 1234");
    }

    @Test
    void theDemoHasCasesInEveryStateAndItsUnitOneOfEach() {
        Unit demo = em.createQuery("select u from Unit u where u.code = 'HKI-KAMPPI'", Unit.class)
                .getSingleResult();
        List<CaseState> states = em.createQuery(
                        "select distinct c.state from DetractorCase c where c.unit.code not like 'IT-%'",
                        CaseState.class)
                .getResultList();
        assertThat(states).containsExactlyInAnyOrder(CaseState.values());
        List<DetractorCase> resolved = em.createQuery(
                        "select c from DetractorCase c where c.state = :resolved", DetractorCase.class)
                .setParameter("resolved", CaseState.RESOLVED)
                .getResultList();
        assertThat(resolved).allSatisfy(c -> {
            assertThat(c.getNote()).isNotBlank();
            assertThat(c.getRootCause()).isNotNull();
        });
        assertThat(em.createQuery(
                                "select distinct c.state from DetractorCase c where c.unit.id = :unit", CaseState.class)
                        .setParameter("unit", demo.getId())
                        .getResultList())
                .as("the demo supervisor's unit")
                .contains(CaseState.ACKNOWLEDGED, CaseState.CONTACTED, CaseState.RESOLVED);
    }

    private Long openCase(Unit unit, String comment, String contact) {
        CustomerResponse response = response(unit, LocalDateTime.now(clock).minusMinutes(5), 2, comment);
        answers.record(response, contact);
        return em.createQuery("select c.id from DetractorCase c where c.response.id = :r", Long.class)
                .setParameter("r", response.getId())
                .getSingleResult();
    }

    private void setOpenedAt(Long id, LocalDateTime at) throws Exception {
        tx.begin();
        em.createNativeQuery("update detractor_case set opened_at = ?, acknowledge_by = ? where id = ?")
                .setParameter(1, Timestamp.valueOf(at))
                .setParameter(2, Timestamp.valueOf(at.plusHours(48)))
                .setParameter(3, id)
                .executeUpdate();
        tx.commit();
    }

    private static CustomerResponse response(Unit unit, LocalDateTime at, int nps, String comment) {
        return new CustomerResponse(unit, at, nps, null, comment, Channel.VISIT, Source.SURVEY, null);
    }

    private static CaseRules.Resolution resolution(String note, String module, Set<Long> staff) {
        return new CaseRules.Resolution(note, "factor:processes", staff.isEmpty() ? null : module, staff, null, null);
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        CaseProblem.class, p -> assertThat(p.messageKey()).isEqualTo(key));
    }

    private DetractorCase reload(Long id) {
        em.clear();
        return em.find(DetractorCase.class, id);
    }

    private List<DetractorCase> casesOf(Unit unit) {
        return em.createQuery("select c from DetractorCase c where c.unit.id = :unit", DetractorCase.class)
                .setParameter("unit", unit.getId())
                .getResultList();
    }

    private List<OutboxMail> mailsTo(Person person) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :to order by m.id", OutboxMail.class)
                .setParameter("to", person.getEmail())
                .getResultList();
    }

    private List<Assignment> assignmentsOf(Person person) {
        return em.createQuery("select a from Assignment a where a.person.id = :p", Assignment.class)
                .setParameter("p", person.getId())
                .getResultList();
    }
}
