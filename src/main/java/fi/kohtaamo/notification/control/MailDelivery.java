package fi.kohtaamo.notification.control;

import fi.kohtaamo.notification.entity.OutboxMail;
import fi.kohtaamo.platform.cluster.Leases;
import fi.kohtaamo.platform.metrics.Metrics;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers queued mail through the SMTP server named by {@code KOHTAAMO_MAIL_HOST} (with {@code KOHTAAMO_MAIL_PORT},
 * {@code KOHTAAMO_MAIL_USER}, {@code KOHTAAMO_MAIL_PASSWORD}, {@code KOHTAAMO_MAIL_FROM}, {@code
 * KOHTAAMO_MAIL_STARTTLS}). Without a host, nothing is sent and mail waits in the outbox, which an administrator can
 * read. Each mail is marked sent or failed in its own transaction; failures are retried every minute, by one node of
 * a cluster (the holder of the {@code mail-delivery} lease). A mail is locked while it is sent, so that a node
 * delivering right after queueing and the node retrying never send it twice.
 */
@Singleton
@Startup
@jakarta.ejb.TransactionManagement(jakarta.ejb.TransactionManagementType.BEAN)
public class MailDelivery {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int MAX_ATTEMPTS = 50;

    @Inject
    @ConfigProperty(name = "kohtaamo.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "kohtaamo.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "kohtaamo.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "kohtaamo.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "kohtaamo.mail.from", defaultValue = "kohtaamo@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "kohtaamo.mail.starttls", defaultValue = "false")
    boolean starttls;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Leases leases;

    @Inject
    Metrics metrics;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void deliverPendingAsync() {
        if (configured()) {
            executor.execute(this::deliverPending);
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retry() {
        if (leases.take("mail-delivery", Duration.ofSeconds(50))) {
            deliverPending();
            metrics.jobRan("mail-delivery");
        }
    }

    /** Sends pending mail, at most 200 in a run, the least tried first; returns how many went. */
    public synchronized int deliverPending() {
        if (!configured()) {
            return 0;
        }
        Session session = session();
        int sent = 0;
        // Mail that has used up its attempts is left out in the query, and mail tried fewer times goes first, so that
        // while the mail server is down the mail that keeps failing never crowds out newer mail.
        List<Long> pending = em.createNamedQuery("OutboxMail.pending", Long.class)
                .setParameter("maxAttempts", MAX_ATTEMPTS)
                .setMaxResults(200)
                .getResultList();
        for (Long id : pending) {
            try {
                tx.begin();
                // Locked until this transaction ends: a mail another node is sending now is not sent twice.
                OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (mail != null && mail.getSentAt() == null) {
                    try {
                        Transport.send(message(session, mail));
                        mail.sent(LocalDateTime.now(clock));
                        sent++;
                    } catch (MessagingException e) {
                        mail.failed(e.getMessage());
                        metrics.mailFailed();
                        LOG.log(Level.WARNING, "Mail " + id + " not delivered yet: " + e.getMessage());
                    }
                }
                tx.commit();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Mail " + id + " could not be updated", e);
                try {
                    tx.rollback();
                } catch (Exception ignored) {
                    // Nothing more to undo.
                }
            }
        }
        return sent;
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }

    private MimeMessage message(Session session, OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        if (mail.getCalendar() == null) {
            message.setText(mail.getBody(), "UTF-8");
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), "UTF-8");
        String method = mail.getCalendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                CalendarLines.fold(mail.getCalendar()).getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + method)));
        calendar.setFileName("invitation.ics");
        MimeMultipart multipart = new MimeMultipart("mixed");
        multipart.addBodyPart(text);
        multipart.addBodyPart(calendar);
        message.setContent(multipart);
        return message;
    }
}
