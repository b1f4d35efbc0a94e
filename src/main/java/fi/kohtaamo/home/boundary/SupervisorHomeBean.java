package fi.kohtaamo.home.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.UnitSummary;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import lombok.Getter;

/** The supervisor's home: the units they lead and the people in them. */
@Named
@RequestScoped
public class SupervisorHomeBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Units units;

    @Inject
    People people;

    @Getter
    private List<UnitSummary> ledUnits;

    @Getter
    private List<Person> team;

    @PostConstruct
    void load() {
        Person supervisor = currentUser.getPerson();
        Set<Long> overseen = oversight.ledBy(supervisor);
        ledUnits = units.summaries(overseen);
        team = people.inUnits(overseen).stream()
                .filter(Person::isActive)
                .filter(p -> !p.equals(supervisor))
                .toList();
    }
}
