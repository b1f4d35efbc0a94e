package fi.kohtaamo.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final String VARIABLE = "KOHTAAMO_SURVEY_FASTEST_ANSWER_SECONDS";
    private static final Duration DEFAULT = Duration.ofSeconds(2);

    private final Logger log = Logger.getLogger(Settings.class.getName());
    private final List<String> warnings = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(handler);
    }

    @Test
    void wholeSecondsAndZeroAreTakenAndNothingSetKeepsTheDefault() {
        assertThat(Settings.seconds(VARIABLE, Optional.of("5"), DEFAULT)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Settings.seconds(VARIABLE, Optional.of(" 0 "), DEFAULT)).isEqualTo(Duration.ZERO);
        assertThat(Settings.seconds(VARIABLE, Optional.empty(), DEFAULT)).isEqualTo(DEFAULT);
        assertThat(Settings.seconds(VARIABLE, Optional.of(""), DEFAULT)).isEqualTo(DEFAULT);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aNegativeNumberOrTextKeepsTheDefaultAndSaysWhichVariableIsWrong() {
        assertThat(Settings.seconds(VARIABLE, Optional.of("-1"), DEFAULT)).isEqualTo(DEFAULT);
        assertThat(Settings.seconds(VARIABLE, Optional.of("2s"), DEFAULT)).isEqualTo(DEFAULT);

        assertThat(warnings)
                .containsExactly(
                        "WARNING " + VARIABLE
                                + " must be a whole number of seconds, 0 or more, but it is \"-1\": 2 s is used instead",
                        "WARNING " + VARIABLE
                                + " must be a whole number of seconds, 0 or more, but it is \"2s\": 2 s is used instead");
    }

    @Test
    void theImportLeaseIsTwoMinutesUnlessSetAndNeverShorterThanItsRenewalsNeed() {
        assertThat(readAtStart(Optional.empty()).importLease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(readAtStart(Optional.of("20")).importLease()).isEqualTo(Duration.ofSeconds(20));
        assertThat(warnings).isEmpty();

        assertThat(readAtStart(Optional.of("3")).importLease()).isEqualTo(Duration.ofSeconds(8));
        assertThat(warnings)
                .containsExactly(
                        "WARNING KOHTAAMO_IMPORT_LEASE_SECONDS must be at least 8, but it is 3: 8 s is used instead");
    }

    private static Settings readAtStart(Optional<String> importLeaseSeconds) {
        Settings settings = new Settings();
        settings.fastestSurveyAnswerSeconds = Optional.empty();
        settings.importLeaseSeconds = importLeaseSeconds;
        settings.readAtStart();
        return settings;
    }
}
