package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which units took which track, for Kirkpatrick's levels 3 and 4 per track: a unit counts for a track once one of its
 * active people completed one of the track's modules; a started module, or a person who left, does not count.
 */
@ExtendWith(ArquillianExtension.class)
class TrackUnitsIT {

    @Inject
    Insights insights;

    @Inject
    Progresses progresses;

    @Inject
    People people;

    @Inject
    TestOrganisation made;

    private void complete(Person person, String moduleId) {
        progresses.complete(progresses.start(person, moduleId).getId(), 7);
    }

    @Test
    void eachTrackCountsTheUnitsWhosePeopleCompletedOneOfItsModules() {
        Unit first = made.unit();
        Unit second = made.unit();
        Unit third = made.unit();
        Unit fourth = made.unit();
        complete(made.person(first, Set.of(), Role.EMPLOYEE), "customer-experience-basics");
        complete(made.person(second, Set.of(), Role.EMPLOYEE), "no-bouncing");
        complete(made.person(second, Set.of(second), Role.EMPLOYEE, Role.SUPERVISOR), "leading-customer-centricity");
        progresses.start(made.person(third, Set.of(), Role.EMPLOYEE), "no-bouncing");
        Person left = made.person(fourth, Set.of(fourth), Role.EMPLOYEE, Role.SUPERVISOR);
        complete(left, "coaching-your-team");
        people.setActive(left.getId(), false);
        complete(made.person(fourth, Set.of(), Role.EMPLOYEE), "listening-valuing-understanding");

        Map<String, Set<Long>> taken =
                insights.unitsByTrack(List.of(first.getId(), second.getId(), third.getId(), fourth.getId()));

        assertThat(taken)
                .containsOnly(
                        Map.entry(Insights.STAFF_TRACK, Set.of(first.getId(), second.getId(), fourth.getId())),
                        Map.entry(Insights.SUPERVISOR_TRACK, Set.of(second.getId())));
    }
}
