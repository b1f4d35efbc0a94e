package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home pages in a running Kohtaamo, read over real HTTP by the people they are for: where the employee works and
 * who leads them, and the supervisor's team. Each test makes its own unit and people.
 */
@ExtendWith(ArquillianExtension.class)
class HomeIT {

    private static final String PASSWORD = TestOrganisation.PASSWORD;

    @ArquillianResource
    URL base;

    @Inject
    Units units;

    @Inject
    People people;

    @Inject
    TestOrganisation made;

    @Test
    void theEmployeeSeesTheirUnitAndLeaderAndTheLeaderSeesTheActiveTeam() {
        String code = "HO-" + UUID.randomUUID().toString().substring(0, 8);
        Unit unit = Unit.blank(UnitKind.UNIT);
        unit.setCode(code);
        unit.setName("Kotiyksikkö " + code);
        unit = units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
        Person leader = made.person(unit, Set.of(unit), Role.EMPLOYEE);
        Person employee = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person gone = made.person(unit, Set.of(), Role.EMPLOYEE);
        people.setActive(gone.getId(), false);

        WebClient employeeSession = WebClient.signedIn(base, employee.getUsername(), PASSWORD);
        String employeeHome = employeeSession.get("home/employee").body();
        String leaderHome = WebClient.signedIn(base, leader.getUsername(), PASSWORD)
                .get("home/supervisor")
                .body();

        assertThat(employeeHome)
                .contains(employee.getFullName())
                .contains(unit.getName())
                .contains(leader.getFullName());
        assertThat(leaderHome)
                .contains(unit.getName())
                .contains(employee.getFullName())
                .doesNotContain(gone.getFullName());
        assertThat(employeeSession.get("home/supervisor").statusCode()).isEqualTo(403);
    }
}
