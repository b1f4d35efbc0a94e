package fi.kohtaamo.platform.i18n;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone a person chose for themselves, for {@link ReaderZone}: the feature that keeps people answers it, so
 * that the kernel asks without knowing people.
 */
public interface OwnZones {

    /** The zone the person with this username chose, if they chose one. */
    Optional<ZoneId> of(String username);
}
