package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.SmtpSink;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.notification.control.MailDelivery;
import fi.kohtaamo.notification.entity.OutboxMail;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.cluster.Leases;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.SurveyVisit;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A registered visit leads to one invitation with a one-time link, and the customer's address does not stay. The
 * tests point Kohtaamo at a mail server on {@code KOHTAAMO_MAIL_PORT} that is not running, unless a test starts one.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {

    @Inject
    Invitations invitations;

    @Inject
    Units units;

    @Inject
    Leases leases;

    @Inject
    MailDelivery delivery;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    @Resource
    UserTransaction transaction;

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.commit();
        }
    }

    private Unit newUnit() {
        Unit unit = Unit.blank(UnitKind.UNIT);
        String code = "V-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        unit.setCode(code);
        unit.setName("Käyntiyksikkö " + code);
        return units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(fi.kohtaamo.platform.config.OrganisationZone.ZONE);
    }

    @Test
    void aVisitGetsOneInvitationWhoseLinkWorksOnceAndTheAddressIsErased() throws Exception {
        Unit unit = newUnit();
        String email = "asiakas-" + UUID.randomUUID() + "@example.com";
        LocalDateTime visited = now().minusHours(3).withNano(0);

        Invitations.Registered registered = invitations.register(
                List.of(
                        new Invitations.Visit(unit.getCode(), visited, email, "sv", "till-1"),
                        new Invitations.Visit(unit.getCode(), visited, email, "sv", "till-1")),
                null);
        assertThat(registered).isEqualTo(new Invitations.Registered(1, 1));

        invitations.sendDue();

        OutboxMail mail = inTransaction(
                () -> em.createQuery("select m from OutboxMail m where m.recipient = :to", OutboxMail.class)
                        .setParameter("to", email)
                        .getSingleResult());
        assertThat(mail.getSubject()).isEqualTo("Hur var ditt besök hos " + unit.getName() + "?");
        Matcher link =
                Pattern.compile("/survey/respond\\?t=([A-Za-z0-9_-]+)&lang=sv").matcher(mail.getBody());
        assertThat(link.find()).as(mail.getBody()).isTrue();
        String token = link.group(1);
        SurveyVisit visit = inTransaction(
                () -> em.createQuery("select v from SurveyVisit v where v.unit.id = :unit", SurveyVisit.class)
                        .setParameter("unit", unit.getId())
                        .getSingleResult());
        assertThat(visit.getEmail())
                .as("the address is erased once the invitation is queued")
                .isNull();
        assertThat(visit.getSentAt()).isNotNull();

        invitations.sendDue();
        assertThat(inTransaction(
                        () -> em.createQuery("select count(m) from OutboxMail m where m.recipient = :to", Long.class)
                                .setParameter("to", email)
                                .getSingleResult()))
                .as("invited once")
                .isEqualTo(1L);

        assertThat(invitations.link(token).state()).isEqualTo(Invitations.LinkState.OPEN);
        assertThat(invitations.answer(token, 9, 5, "Mycket bra")).isEqualTo(Invitations.LinkState.OPEN);
        assertThat(invitations.answer(token, 0, 1, "Again")).isEqualTo(Invitations.LinkState.ANSWERED);
        assertThat(invitations.link(token).state()).isEqualTo(Invitations.LinkState.ANSWERED);
        assertThat(invitations.link(token + "x").state()).isEqualTo(Invitations.LinkState.UNKNOWN);
        List<CustomerResponse> answers = inTransaction(
                () -> em.createQuery("select r from CustomerResponse r where r.unit.id = :unit", CustomerResponse.class)
                        .setParameter("unit", unit.getId())
                        .getResultList());
        assertThat(answers).extracting(CustomerResponse::getNps).containsExactly(9);
        assertThat(answers)
                .extracting(CustomerResponse::getVisitedAt)
                .as("the answer counts at the visit the invitation followed")
                .containsExactly(visited);
        assertThat(invitations.counts().get(unit.getId())).isEqualTo(new InvitationTally(0, 1, 1, 0));
    }

    @Test
    void anInvitationLinkOpensItsSurveyWithoutASessionTakesOneAnswerAndThenSaysItWasAnswered() throws Exception {
        Unit unit = newUnit();
        String email = "linkki-" + UUID.randomUUID() + "@example.com";
        invitations.register(
                List.of(new Invitations.Visit(unit.getCode(), now().minusHours(3), email, "sv", null)), null);
        invitations.sendDue();
        String body = inTransaction(
                () -> em.createQuery("select m.body from OutboxMail m where m.recipient = :to", String.class)
                        .setParameter("to", email)
                        .getSingleResult());
        Matcher link =
                Pattern.compile("/(survey/respond\\?t=[A-Za-z0-9_-]+&lang=sv)").matcher(body);
        assertThat(link.find()).as(body).isTrue();

        WebClient customer = WebClient.anonymous(base);
        HttpResponse<String> opened = customer.get(link.group(1));
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        Document survey = WebClient.parse(opened);
        assertThat(survey.select("h1").text()).isEqualTo(unit.getName());
        assertThat(survey.select("input[name=unit]"))
                .as("the link, not the unit code, travels")
                .isEmpty();

        // Sent at once: the build lets the tests answer the survey without the time a person needs.
        HttpResponse<String> sent = customer.submit(
                survey, "survey", Map.of("nps", "10", "csat", "5", "reason", "Länken fungerade"), "send");
        assertThat(sent.body()).contains("Tack!");
        assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();

        Document again = customer.page(link.group(1));
        assertThat(again.select("#closed").text()).isEqualTo("Den här enkätlänken har redan besvarats. Tack!");
        assertThat(again.select("form#survey")).isEmpty();
        HttpResponse<String> replayed = customer.submit(survey, "survey", Map.of("nps", "0", "csat", "1"), "send");
        assertThat(replayed.body()).doesNotContain("Tack!</h2>");
        List<CustomerResponse> answers = inTransaction(
                () -> em.createQuery("select r from CustomerResponse r where r.unit.id = :unit", CustomerResponse.class)
                        .setParameter("unit", unit.getId())
                        .getResultList());
        assertThat(answers).extracting(CustomerResponse::getNps).containsExactly(10);
    }

    @Test
    void anInvitationWaitsInTheOutboxWhileTheMailServerIsDownAndGoesOnceWhenItIsBack() throws Exception {
        Unit unit = newUnit();
        String email = "outage-" + UUID.randomUUID() + "@example.com";
        invitations.register(
                List.of(new Invitations.Visit(unit.getCode(), now().minusHours(3), email, "fi", null)), null);
        invitations.sendDue();
        Long id =
                inTransaction(() -> em.createQuery("select m.id from OutboxMail m where m.recipient = :to", Long.class)
                        .setParameter("to", email)
                        .getSingleResult());

        // Other tests' and the demo's mail waits too, and a run tries at most 200, the least tried first: a few runs
        // reach this one.
        runsUntil(() -> attempts(id) > 0);
        int attempts = attempts(id);
        runsUntil(() -> attempts(id) > attempts);
        OutboxMail waiting = inTransaction(() -> em.find(OutboxMail.class, id));
        assertThat(waiting.getSentAt()).as("nothing listens at the mail port").isNull();
        assertThat(waiting.getLastError()).isNotBlank();

        int port = ConfigProvider.getConfig().getValue("kohtaamo.mail.port", Integer.class);
        try (SmtpSink mailServer = SmtpSink.start(port)) {
            runsUntil(() -> mailServer.recipients().contains(email));
            delivery.deliverPending();
            assertThat(mailServer.recipients()).as("delivered exactly once").containsOnlyOnce(email);
        }
        OutboxMail sent = inTransaction(() -> em.find(OutboxMail.class, id));
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getLastError()).isNull();
        assertThat(sent.getRecipient()).as("the address is erased once sent").isEqualTo("(erased)");
    }

    /** Runs the delivery until the condition holds, at most ten times. */
    private void runsUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        for (int run = 0; run < 10; run++) {
            delivery.deliverPending();
            if (condition.call()) {
                return;
            }
        }
        throw new AssertionError("Not after ten delivery runs");
    }

    private int attempts(Long mail) throws Exception {
        return inTransaction(() -> em.find(OutboxMail.class, mail).getAttempts());
    }

    @Test
    void invalidVisitsAreAllNamedAndNoneIsRegistered() {
        Unit unit = newUnit();

        assertThatThrownBy(() -> invitations.register(
                        List.of(
                                new Invitations.Visit(
                                        unit.getCode(), now().minusHours(1), "ok@example.com", "fi", null),
                                new Invitations.Visit("NO-SUCH", now(), "not-an-address", "de", null),
                                new Invitations.Visit(unit.getCode(), now().plusDays(1), "a@example.com", null, null),
                                new Invitations.Visit(unit.getCode(), now().minusDays(8), "b@example.com", null, null)),
                        Set.of(unit.getId())))
                .isInstanceOfSatisfying(
                        Invitations.Invalid.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new Invitations.Problem(1, "unit", "unknownUnit"),
                                        new Invitations.Problem(1, "email", "emailInvalid"),
                                        new Invitations.Problem(1, "language", "languageInvalid"),
                                        new Invitations.Problem(2, "visitedAt", "visitedAtFuture"),
                                        new Invitations.Problem(3, "visitedAt", "tooOld")));
        assertThat(invitations.counts()).doesNotContainKey(unit.getId());
    }

    @Test
    void anInvitationNotSentBeforeItExpiresLosesItsAddress() throws Exception {
        Unit unit = newUnit();
        invitations.setDelay(unit.getId(), 600);
        invitations.register(
                List.of(new Invitations.Visit(unit.getCode(), now().minusMinutes(1), "later@example.com", "fi", null)),
                null);
        invitations.sendDue();
        assertThat(invitations.counts().get(unit.getId())).as("not due yet").isEqualTo(new InvitationTally(1, 0, 0, 0));

        inTransaction(() -> em.createQuery("update SurveyVisit v set v.expiresAt = :past where v.unit.id = :unit")
                .setParameter("past", now().minusMinutes(1))
                .setParameter("unit", unit.getId())
                .executeUpdate());
        invitations.sendDue();

        SurveyVisit visit = inTransaction(
                () -> em.createQuery("select v from SurveyVisit v where v.unit.id = :unit", SurveyVisit.class)
                        .setParameter("unit", unit.getId())
                        .getSingleResult());
        assertThat(visit.getEmail()).isNull();
        assertThat(visit.getSentAt()).isNull();
        assertThat(invitations.counts().get(unit.getId())).isEqualTo(new InvitationTally(0, 0, 0, 1));
    }

    @Test
    void aJobLeaseGoesToOneNodeAtATimeAndPassesOnWhenItsHolderStopsRenewing() throws Exception {
        String name = "it-" + UUID.randomUUID();
        leases.create(name);

        assertThat(leases.take(name, Duration.ofMinutes(1))).as("a free lease").isTrue();
        assertThat(leases.take(name, Duration.ofMinutes(1)))
                .as("renewed by its holder")
                .isTrue();

        inTransaction(() -> em.createNativeQuery("update job_lease set holder = 'other-node' where name = ?")
                .setParameter(1, name)
                .executeUpdate());
        assertThat(leases.take(name, Duration.ofMinutes(1)))
                .as("held by another live node")
                .isFalse();

        inTransaction(() -> em.createNativeQuery("update job_lease set held_until = ? where name = ?")
                .setParameter(
                        1,
                        Timestamp.valueOf(
                                LocalDateTime.now(OrganisationZone.ZONE).minusSeconds(1)))
                .setParameter(2, name)
                .executeUpdate());
        assertThat(leases.take(name, Duration.ofMinutes(1)))
                .as("the other node stopped renewing")
                .isTrue();

        leases.release(name);
        Object holder = inTransaction(() -> em.createNativeQuery("select holder from job_lease where name = ?")
                .setParameter(1, name)
                .getSingleResult());
        assertThat(holder).isNull();
    }
}
