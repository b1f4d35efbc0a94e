package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.PreferredLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The signed-in person's preferred language, as the kernel's language choice reads and saves it. */
@RequestScoped
public class PersonLanguage implements PreferredLanguage {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Override
    public Optional<String> get() {
        return currentUser.person().map(Person::getPreferredLanguage);
    }

    @Override
    public void set(String tag) {
        currentUser.person().ifPresent(person -> people.setPreferredLanguage(person.getId(), tag));
    }
}
