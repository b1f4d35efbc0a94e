package fi.kohtaamo;

import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The units and people an in-container test makes for itself ({@code @Inject TestOrganisation made}), each under a
 * random code, so that no test counts on what another left in the one shared database. Everyone's password is
 * {@link #PASSWORD}.
 */
@Dependent
public class TestOrganisation {

    public static final String PASSWORD = "correct horse battery";

    @Inject
    Units units;

    @Inject
    People people;

    /**
     * A unit in a region of its own, outside the demo regions whose people and units other tests count, and named to
     * sort after the demo units in lists.
     */
    public Unit unit() {
        String code = "IT-" + random();
        Unit region = Unit.blank(UnitKind.REGION);
        region.setCode(code + "-R");
        region.setName("Yksikköalue " + code);
        region = units.save(region, units.findByCode("PP").orElseThrow().getId());
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode(code);
        unit.setName("Yksikkö " + code);
        return units.save(unit, region.getId());
    }

    /** A person in {@code unit}, leading the {@code supervised} units, with these roles. */
    public Person person(Unit unit, Set<Unit> supervised, Role... roles) {
        String id = random();
        Person person = new Person("it." + id, "it." + id + "@example.com", "Testi", "Henkilo " + id, unit);
        person.getRoles().addAll(List.of(roles));
        return people.save(person, supervised, PASSWORD);
    }

    private static String random() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
