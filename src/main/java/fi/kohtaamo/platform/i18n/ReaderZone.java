package fi.kohtaamo.platform.i18n;

import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import lombok.Getter;

/**
 * The time zone in which the person reading a page sees times: their own if they chose one, otherwise the
 * organisation's ({@link OrganisationZone}). Times are stored as the organisation's wall time; {@link #shown} turns one
 * into the reader's. Pages do it with {@code <k:convertTime>} ({@link ReaderTimeConverter}); beans that write a time
 * into a message ask {@link #getZone()}. Mails and pages for people who are not signed in keep the organisation's
 * zone.
 *
 * <pre>{@code
 * <h:outputText value="#{mail.createdAt}"><k:convertTime dateStyle="short" timeStyle="short"/></h:outputText>
 * }</pre>
 */
@Named
@RequestScoped
public class ReaderZone {

    /** The zones a person may choose from: the Nordic and other European ones people here live and travel in. */
    public static final List<ZoneId> CHOICES = List.of(
                    "Europe/Helsinki",
                    "Europe/Stockholm",
                    "Europe/Oslo",
                    "Europe/Copenhagen",
                    "Atlantic/Reykjavik",
                    "Europe/Tallinn",
                    "Europe/Riga",
                    "Europe/Vilnius",
                    "Europe/London",
                    "Europe/Dublin",
                    "Europe/Lisbon",
                    "Europe/Madrid",
                    "Europe/Paris",
                    "Europe/Brussels",
                    "Europe/Amsterdam",
                    "Europe/Berlin",
                    "Europe/Warsaw",
                    "Europe/Rome",
                    "Europe/Athens",
                    "UTC")
            .stream()
            .map(ZoneId::of)
            .toList();

    @Inject
    ReaderChoices choices;

    /** The signed-in person's own zone if they chose one, otherwise (and for nobody signed in) the organisation's. */
    @Getter(lazy = true)
    private final ZoneId zone = choices.zone().orElse(OrganisationZone.ZONE);

    /** A time stored as the organisation's wall time, as the wall time of this page's reader. */
    public LocalDateTime shown(LocalDateTime organisationTime) {
        return in(getZone(), organisationTime);
    }

    /** A time stored as the organisation's wall time, as the wall time in {@code zone}. */
    public static LocalDateTime in(ZoneId zone, LocalDateTime organisationTime) {
        return organisationTime == null
                ? null
                : organisationTime
                        .atZone(OrganisationZone.ZONE)
                        .withZoneSameInstant(zone)
                        .toLocalDateTime();
    }
}
