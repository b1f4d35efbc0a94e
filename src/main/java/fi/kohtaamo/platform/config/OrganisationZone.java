package fi.kohtaamo.platform.config;

import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The organisation's time zone: the one in which people read times (sessions, lock-outs, survey answers without an
 * offset) and in which a day or a month begins. Set with {@code KOHTAAMO_ZONE} (an IANA name such as {@code
 * Europe/Stockholm}); {@code Europe/Helsinki} when it is not set, and outside the container (plain unit tests).
 */
public final class OrganisationZone {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/Helsinki");

    public static final ZoneId ZONE = configured();

    private OrganisationZone() {}

    private static ZoneId configured() {
        try {
            return ConfigProvider.getConfig(OrganisationZone.class.getClassLoader())
                    .getOptionalValue("kohtaamo.zone", String.class)
                    .map(ZoneId::of)
                    .orElse(DEFAULT);
        } catch (IllegalStateException noConfigOutsideTheContainer) {
            return DEFAULT;
        }
    }
}
