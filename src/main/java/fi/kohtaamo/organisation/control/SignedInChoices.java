package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.ReaderChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;

/** The signed-in person's language and time zone, as the kernel's language and time-zone choices read them. */
@RequestScoped
public class SignedInChoices implements ReaderChoices {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Override
    public Optional<String> language() {
        return currentUser.person().map(Person::getPreferredLanguage);
    }

    @Override
    public void chooseLanguage(String tag) {
        currentUser.person().ifPresent(person -> people.setPreferredLanguage(person.getId(), tag));
    }

    @Override
    public Optional<ZoneId> zone() {
        return currentUser.person().flatMap(Person::timeZone);
    }
}
