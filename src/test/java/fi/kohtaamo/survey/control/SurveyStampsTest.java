package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The survey page's signed "opened at" stamp: genuine ones tell the time, anything else tells nothing. */
class SurveyStampsTest {

    private static final Instant OPENED = Instant.parse("2026-12-02T07:30:00.123Z");

    private final SurveyStamps stamps = new SurveyStamps(key("one key"), Clock.fixed(OPENED, ZoneOffset.UTC));

    @Test
    void aStampTellsWhenThePageWasOpened() {
        assertThat(stamps.opened(stamps.issue())).contains(OPENED);
    }

    @Test
    void aStampWithAnotherTimeIsRefused() {
        String stamp = stamps.issue();
        String earlier = (OPENED.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));

        assertThat(stamps.opened(earlier)).isEmpty();
    }

    @Test
    void aStampSignedWithAnotherKeyIsRefused() {
        SurveyStamps other = new SurveyStamps(key("another key"), Clock.fixed(OPENED, ZoneOffset.UTC));

        assertThat(stamps.opened(other.issue())).isEmpty();
    }

    @Test
    void madeUpOrGarbledStampsAreRefused() {
        for (String stamp : new String[] {null, "", ".", "1796194807959", "1796194807959.", "x.y", ".abc"}) {
            assertThat(stamps.opened(stamp)).as(String.valueOf(stamp)).isEmpty();
        }
    }

    private static byte[] key(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
