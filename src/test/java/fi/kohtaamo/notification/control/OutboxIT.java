package fi.kohtaamo.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.SmtpSink;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.notification.entity.OutboxMail;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox inside a running Kohtaamo: mail exists exactly when the work that caused it was saved, goes to the mail
 * server once, and only administrators read it. Each test writes to addresses of its own.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    Outbox outbox;

    @Inject
    MailDelivery delivery;

    @Inject
    Units units;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @ArquillianResource
    URL base;

    private static String address() {
        return "outbox-" + UUID.randomUUID() + "@example.com";
    }

    private void queueAndCommit(String to, String subject) throws Exception {
        transaction.begin();
        try {
            outbox.queue(to, subject, "Hei!", null);
        } finally {
            transaction.commit();
        }
    }

    private List<OutboxMail> mailsTo(String to) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :to order by m.id", OutboxMail.class)
                .setParameter("to", to)
                .getResultList();
    }

    private Person person(Role role) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode("OB-" + id);
        unit.setName("Postiyksikkö " + id);
        unit = units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
        Person person = new Person("ob." + id, "ob." + id + "@example.com", "Testi", "Posti " + id, unit);
        person.getRoles().add(role);
        return people.save(person, Set.of(), PASSWORD);
    }

    @Test
    void mailIsQueuedOnlyWithTheWorkThatCausedItAndThenDeliveredOnce() throws Exception {
        String to = address();

        assertThatThrownBy(() -> outbox.queue(to, "Ilman tapahtumaa", "Hei!", null))
                .isInstanceOf(TransactionalException.class);
        transaction.begin();
        outbox.queue(to, "Peruttu", "Hei!", null);
        transaction.rollback();
        assertThat(mailsTo(to)).as("nothing was saved, so nothing is sent").isEmpty();

        queueAndCommit(to, "Tervetuloa");
        assertThat(mailsTo(to)).extracting(OutboxMail::getSubject).containsExactly("Tervetuloa");

        int port = ConfigProvider.getConfig().getValue("kohtaamo.mail.port", Integer.class);
        try (SmtpSink mailServer = SmtpSink.start(port)) {
            delivery.deliverPending();
            delivery.deliverPending();
            assertThat(mailServer.recipients()).as("delivered exactly once").containsOnlyOnce(to);
        }
        OutboxMail sent = mailsTo(to).get(0);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getLastError()).isNull();
        assertThat(sent.getRecipient())
                .as("a mail to a person keeps its address")
                .isEqualTo(to);
    }

    @Test
    void administratorsReadTheOutboxAndNobodyElseDoes() throws Exception {
        String to = address();
        String subject = "Kutsu " + UUID.randomUUID();
        queueAndCommit(to, subject);
        Person admin = person(Role.ADMIN);
        Person hr = person(Role.HR);

        HttpResponse<String> page =
                WebClient.signedIn(base, admin.getUsername(), PASSWORD).get("notification/outbox");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(to).contains(subject);
        assertThat(WebClient.signedIn(base, hr.getUsername(), PASSWORD)
                        .get("notification/outbox")
                        .statusCode())
                .isEqualTo(403);
    }
}
