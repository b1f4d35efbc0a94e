package fi.kohtaamo.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What a queued mail keeps through failed and successful deliveries, for the outbox page and for privacy. */
class OutboxMailTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 9, 30);

    @Test
    void aMailToAPersonIsKeptWholeOnceSent() {
        OutboxMail mail = new OutboxMail("anna@example.com", "Kutsu", "Tervetuloa", "BEGIN:VCALENDAR");

        mail.sent(NOW);

        assertThat(mail.getSentAt()).isEqualTo(NOW);
        assertThat(mail.getRecipient()).isEqualTo("anna@example.com");
        assertThat(mail.getBody()).isEqualTo("Tervetuloa");
        assertThat(mail.getCalendar()).isEqualTo("BEGIN:VCALENDAR");
    }

    @Test
    void aMailToACustomerLosesItsAddressAndBodyOnceSentButNotBefore() {
        OutboxMail mail = OutboxMail.personal("asiakas@example.com", "Kiitos käynnistä", "Vastaa kyselyyn: …");

        mail.failed("Connection refused");
        assertThat(mail.getRecipient()).isEqualTo("asiakas@example.com");
        assertThat(mail.getBody()).isEqualTo("Vastaa kyselyyn: …");

        mail.sent(NOW);
        assertThat(mail.getRecipient()).isEqualTo("(erased)");
        assertThat(mail.getBody()).isEmpty();
        assertThat(mail.getSubject()).as("the subject names no one").isEqualTo("Kiitos käynnistä");
    }

    @Test
    void everyAttemptCountsAndASuccessClearsTheLastError() {
        OutboxMail mail = new OutboxMail("anna@example.com", "Kutsu", "Tervetuloa", null);

        mail.failed("Connection refused");
        mail.failed(null);
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.getLastError()).isEqualTo("unknown error");
        assertThat(mail.getSentAt()).isNull();

        mail.sent(NOW);
        assertThat(mail.getAttempts()).isEqualTo(3);
        assertThat(mail.getLastError()).isNull();
    }

    @Test
    void aLongErrorIsCutToWhatTheColumnHolds() {
        OutboxMail mail = new OutboxMail("anna@example.com", "Kutsu", "Tervetuloa", null);

        mail.failed("x".repeat(5000));

        assertThat(mail.getLastError()).hasSize(1000);
    }
}
