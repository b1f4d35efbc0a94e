package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.learning.control.Assignments;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HR's home page over real HTTP: a unit whose people are overdue and which has held no workshop is on the list of
 * units that need attention, with those reasons and a link to its page; nobody but HR may open the page. The
 * organisation's totals include other tests' units, so the test looks only at the unit it makes.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationHomeIT {

    @ArquillianResource
    URL base;

    @Inject
    TestOrganisation made;

    @Inject
    Assignments assignments;

    @Inject
    Clock clock;

    @Test
    void hrSeesAUnitWithOverduePeopleAndNoWorkshopAmongTheUnitsThatNeedAttention() {
        Unit unit = made.unit();
        Person hr = made.person(unit, Set.of(), Role.HR);
        for (int i = 0; i < 3; i++) {
            made.person(unit, Set.of(), Role.EMPLOYEE);
        }
        assignments.create(
                hr,
                new Assignments.Request(
                        "no-bouncing",
                        null,
                        unit.getId(),
                        null,
                        null,
                        LocalDate.now(clock).minusDays(1),
                        null));

        Document home = WebClient.signedIn(base, hr.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en")
                .page("home/hr");

        Element need = home.getElementById("attention-" + unit.getId());
        assertThat(need).as("the unit on the attention list").isNotNull();
        assertThat(need.selectFirst("a.attention-unit").attr("href"))
                .contains("insight/unit")
                .contains("unit=" + unit.getId());
        assertThat(need.selectFirst("a.attention-unit .attention-name").text()).isEqualTo(unit.getName());
        assertThat(need.selectFirst(".reason-MANY_OVERDUE").text())
                .isEqualTo("4 of 4 people are overdue on their training");
        assertThat(need.select(".reason-NO_WORKSHOP")).hasSize(1);
        assertThat(need.select(".reason-NOT_COACHED")).hasSize(1);
        assertThat(home.getElementById("tile-coached")).isNotNull();
        assertThat(home.getElementById("unitsForm:units"))
                .as("the table of every unit")
                .isNotNull();
    }

    @Test
    void anEmployeeMayOpenNeitherHrsNorTheAdministratorsHome() {
        Person employee = made.person(made.unit(), Set.of(), Role.EMPLOYEE);
        WebClient session = WebClient.signedIn(base, employee.getUsername(), TestOrganisation.PASSWORD);

        assertThat(session.get("home/hr").statusCode()).isEqualTo(403);
        assertThat(session.get("home/admin").statusCode()).isEqualTo(403);
    }
}
