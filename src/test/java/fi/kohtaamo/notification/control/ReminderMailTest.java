package fi.kohtaamo.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A reminder is written in its recipient's language, Swedish included, with dates as that reader writes them. */
class ReminderMailTest {

    @Test
    void aSwedishSpeakingRecipientGetsTheMailInSwedishWithAFinlandSwedishDate() {
        Person recipient = new Person("anna", "anna@example.com", "Anna", "Lindqvist", Unit.blank(UnitKind.UNIT));
        recipient.setPreferredLanguage("sv");

        ReminderMail mail = ReminderMail.to(recipient, "reminder.assigned")
                .subject(2)
                .line(ReminderMail.text("sv", "reminder.line.due", "Ingen pallottelu", ReminderMail.date("sv", DAY)))
                .link("https://kohtaamo.example/learning/my-learning")
                .why("reminder.assigned.why")
                .build("https://kohtaamo.example/settings");

        assertThat(mail.subject()).isEqualTo("Nytt att lära i Kohtaamo: 2 moduler");
        assertThat(mail.body())
                .startsWith("Hej Anna,\n\nDu har fått de här modulerna att slutföra:\n\n- Ingen pallottelu (senast"
                        + " 3 dec. 2026)\n")
                .contains("Öppna i Kohtaamo: https://kohtaamo.example/learning/my-learning");
    }

    @Test
    void datesFollowTheReadersLanguage() {
        assertThat(ReminderMail.date("fi", DAY)).isEqualTo("3.12.2026");
        assertThat(ReminderMail.date("sv", DAY)).isEqualTo("3 dec. 2026");
        assertThat(ReminderMail.date("en", DAY)).isEqualTo("3 Dec 2026");
    }

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
}
