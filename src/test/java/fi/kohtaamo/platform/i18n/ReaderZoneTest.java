package fi.kohtaamo.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.platform.config.OrganisationZone;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whose zone a reader sees times in, and what a stored time becomes in it. */
class ReaderZoneTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ReaderZone reader = new ReaderZone();

    ReaderZoneTest() {
        Map<String, ZoneId> chosen = Map.of("anna", STOCKHOLM);
        reader.own = username -> Optional.ofNullable(chosen.get(username));
    }

    @Test
    void aPersonWhoChoseAZoneReadsTimesInIt() {
        assertThat(reader.zoneOf("anna")).isEqualTo(STOCKHOLM);
    }

    @Test
    void aPersonWithoutAZoneOfTheirOwnReadsTheOrganisations() {
        assertThat(reader.zoneOf("bertil")).isEqualTo(OrganisationZone.ZONE);
    }

    @Test
    void nobodySignedInReadsTheOrganisationsZoneWithoutAskingAnyone() {
        reader.own = username -> {
            throw new AssertionError("asked about " + username);
        };

        assertThat(reader.zoneOf(null)).isEqualTo(OrganisationZone.ZONE);
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
