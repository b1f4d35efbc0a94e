package fi.kohtaamo.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Calendar attachments fold their long lines as RFC 5545 §3.1 asks, counting octets, not characters. */
class CalendarLinesTest {

    @Test
    void aLongFinnishLineIsFoldedWithinSeventyFiveOctetsAndUnfoldsToItself() {
        String description =
                "DESCRIPTION:" + "Työpajassa käydään läpi asiakkaan polku ja sovitaan yhteiset lupaukset. ".repeat(4);
        String folded = CalendarLines.fold("BEGIN:VEVENT\r\n" + description + "\r\nEND:VEVENT\r\n");

        assertThat(folded).endsWith("\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(folded.split("\r\n")).hasSizeGreaterThan(5);
        assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VEVENT\r\n" + description + "\r\nEND:VEVENT\r\n");
    }

    @Test
    void aCharacterIsNeverSplitAcrossAFold() {
        // 74 octets of ASCII, then "ä" (two octets) would end at 76: it moves whole to the continuation line.
        String line = "X".repeat(74) + "äö";

        String[] folded = CalendarLines.fold(line + "\r\n").split("\r\n");

        assertThat(folded).containsExactly("X".repeat(74), " äö");
    }

    @Test
    void shortLinesStayAsTheyAre() {
        assertThat(CalendarLines.fold("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"))
                .isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    }
}
