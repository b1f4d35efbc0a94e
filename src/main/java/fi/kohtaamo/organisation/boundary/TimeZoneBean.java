package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.ReaderZone;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * The time zone form on {@code /password}: a signed-in person chooses the zone in which they read times ({@link
 * ReaderZone}), or the organisation's. Each zone is named by a city in the page's language, with its offset today.
 */
@Named
@RequestScoped
public class TimeZoneBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    Language language;

    @Inject
    Clock clock;

    @Getter
    @Setter
    private String zone;

    @PostConstruct
    void init() {
        zone = currentUser.person().map(Person::getTimeZone).orElse(null);
    }

    /** The zones to choose from, by their IANA names. */
    public List<String> getChoices() {
        return ReaderZone.CHOICES.stream().map(ZoneId::getId).toList();
    }

    /** A zone as a person reads it in the list: "Tukholma (UTC+01:00)". */
    public String label(String id) {
        ZoneId choice = ZoneId.of(id);
        return language.text(key(choice)) + " (" + offset(choice.getRules().getOffset(clock.instant())) + ")";
    }

    /** The choice of no zone of one's own: "The organisation's time zone (Helsinki)". */
    public String getOrganisationLabel() {
        ZoneId organisation = OrganisationZone.ZONE;
        String name =
                ReaderZone.CHOICES.contains(organisation) ? language.text(key(organisation)) : organisation.getId();
        return language.text("zone.organisation", name);
    }

    public String save() {
        people.setTimeZone(currentUser.getPerson().getId(), zone);
        Messages.addFlashGlobalInfo(language.text("zone.saved"));
        return "/password?faces-redirect=true";
    }

    static String key(ZoneId zone) {
        return "zone." + zone.getId().replace('/', '.');
    }

    static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
}
