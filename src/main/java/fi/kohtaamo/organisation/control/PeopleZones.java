package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.OwnZones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone each person chose for themselves ({@link Person#timeZone()}), for the kernel's {@link
 * fi.kohtaamo.platform.i18n.ReaderZone}. The signed-in person is read once per request, so asking about them costs no
 * query.
 */
@ApplicationScoped
public class PeopleZones implements OwnZones {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Override
    public Optional<ZoneId> of(String username) {
        return currentUser
                .person()
                .filter(person -> person.getUsername().equals(username))
                .or(() -> people.findByUsername(username))
                .flatMap(Person::timeZone);
    }
}
