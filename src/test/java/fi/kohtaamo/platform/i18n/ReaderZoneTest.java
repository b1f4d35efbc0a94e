package fi.kohtaamo.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.platform.config.OrganisationZone;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whose zone a reader sees times in, and what a stored time becomes in it. */
class ReaderZoneTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** A reader whose own choices are {@code zone} (empty: none, or nobody signed in). */
    private static ReaderZone reading(Optional<ZoneId> zone) {
        ReaderZone reader = new ReaderZone();
        reader.choices = new ReaderChoices() {
            @Override
            public Optional<String> language() {
                return Optional.empty();
            }

            @Override
            public void chooseLanguage(String tag) {}

            @Override
            public Optional<ZoneId> zone() {
                return zone;
            }
        };
        return reader;
    }

    @Test
    void aPersonWhoChoseAZoneReadsTimesInIt() {
        assertThat(reading(Optional.of(STOCKHOLM)).getZone()).isEqualTo(STOCKHOLM);
        assertThat(reading(Optional.of(STOCKHOLM)).shown(LocalDateTime.of(2026, 1, 15, 12, 0)))
                .isEqualTo(LocalDateTime.of(2026, 1, 15, 11, 0));
    }

    @Test
    void aPersonWithoutAZoneOfTheirOwnOrNobodySignedInReadsTheOrganisations() {
        assertThat(reading(Optional.empty()).getZone()).isEqualTo(OrganisationZone.ZONE);
    }

    /** Outside the container the organisation's zone is Helsinki's ({@link OrganisationZone#DEFAULT}). */
    @Test
    void aStoredTimeIsShownAsTheSameMomentInTheReadersZone() {
        assertThat(ReaderZone.in(STOCKHOLM, LocalDateTime.of(2026, 1, 15, 12, 0)))
                .isEqualTo(LocalDateTime.of(2026, 1, 15, 11, 0));
        assertThat(ReaderZone.in(STOCKHOLM, LocalDateTime.of(2026, 7, 15, 0, 30)))
                .as("across midnight, so the date shown changes too")
                .isEqualTo(LocalDateTime.of(2026, 7, 14, 23, 30));
        assertThat(ReaderZone.in(OrganisationZone.ZONE, LocalDateTime.of(2026, 7, 15, 0, 30)))
                .isEqualTo(LocalDateTime.of(2026, 7, 15, 0, 30));
    }

    @Test
    void noTimeStaysNoTime() {
        assertThat(ReaderZone.in(STOCKHOLM, null)).isNull();
    }

    @Test
    void everyChoiceIsAZoneOnce() {
        assertThat(ReaderZone.CHOICES).doesNotHaveDuplicates().contains(OrganisationZone.DEFAULT);
    }
}
