package fi.kohtaamo.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.security.AccessDenied;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one rule every page asks before it shows a unit: which units a viewer may pick, which one is shown, and the
 * single answer (403) to a unit outside the viewer's oversight, on a small tree: organisation › two regions › units.
 */
class OversightTest {

    private final List<Unit> tree = new ArrayList<>();
    private Oversight oversight;
    private Unit organisation;
    private Unit south;
    private Unit north;
    private Unit harbour;
    private Unit closed;
    private Unit lake;

    @BeforeEach
    void tree() throws ReflectiveOperationException {
        organisation = unit(1, "ORG", UnitKind.ORGANISATION, null);
        south = unit(2, "SOUTH", UnitKind.REGION, organisation);
        north = unit(3, "NORTH", UnitKind.REGION, organisation);
        harbour = unit(4, "HARBOUR", UnitKind.UNIT, south);
        closed = unit(5, "CLOSED", UnitKind.UNIT, south);
        closed.setActive(false);
        lake = unit(6, "LAKE", UnitKind.UNIT, north);
        oversight = new Oversight();
        Field units = Oversight.class.getDeclaredField("units");
        units.setAccessible(true);
        units.set(oversight, new TreeUnits());
    }

    @Test
    void aSupervisorPicksAmongTheActiveUnitsTheyLeadAndBelowAndSeesTheirOwnFirst() {
        Person supervisor = person("supervisor");
        supervisor.superviseOnly(Set.of(south));

        Oversight.Scope scope = oversight.scope(supervisor, null);

        assertThat(scope.options()).containsExactly(south, harbour);
        assertThat(scope.unit()).isEqualTo(south);
        assertThat(scope.unitIds()).containsExactlyInAnyOrder(2L, 4L, 5L);
        assertThat(scope.overseen()).containsExactlyInAnyOrder(2L, 4L, 5L);
    }

    @Test
    void aRequestedUnitWithinOversightIsShownWithTheUnitsBelowIt() {
        Person supervisor = person("supervisor");
        supervisor.superviseOnly(Set.of(south));

        Oversight.Scope scope = oversight.scope(supervisor, 4L);

        assertThat(scope.unit()).isEqualTo(harbour);
        assertThat(scope.unitIds()).containsExactly(4L);
    }

    @Test
    void anInactiveUnitWithinOversightCanStillBeOpenedThoughItIsNotOffered() {
        Person supervisor = person("supervisor");
        supervisor.superviseOnly(Set.of(south));

        assertThat(oversight.scope(supervisor, 5L).unit()).isEqualTo(closed);
    }

    @Test
    void anotherUnitAndAnIdThatDoesNotExistGetTheSameRefusal() {
        Person supervisor = person("supervisor");
        supervisor.superviseOnly(Set.of(south));

        assertThatThrownBy(() -> oversight.scope(supervisor, 6L))
                .isInstanceOf(AccessDenied.class)
                .hasMessage("Unit 6 is outside your units");
        assertThatThrownBy(() -> oversight.scope(supervisor, 99L))
                .isInstanceOf(AccessDenied.class)
                .hasMessage("Unit 99 is outside your units");
    }

    @Test
    void hrPicksAnyActiveUnitAndStartsAtTheTopOfTheTree() {
        Person hr = person("hr");
        hr.getRoles().add(Role.HR);

        Oversight.Scope scope = oversight.scope(hr, null);

        assertThat(scope.options()).containsExactly(organisation, south, north, harbour, lake);
        assertThat(scope.unit()).isEqualTo(organisation);
        assertThat(scope.unitIds()).hasSize(6);
        assertThat(oversight.ledBy(hr)).as("HR leads no unit of their own").isEmpty();
    }

    @Test
    void anEmployeeOrADeactivatedSupervisorOverseesNothingAndAPageNeedingAUnitRefuses() {
        Person employee = person("employee");
        Person former = person("former");
        former.superviseOnly(Set.of(north));
        former.deactivate();

        for (Person viewer : List.of(employee, former)) {
            Oversight.Scope scope = oversight.scope(viewer, null);
            assertThat(scope.isEmpty()).isTrue();
            assertThat(scope.options()).isEmpty();
            assertThat(scope.unitIds()).isEmpty();
            assertThatThrownBy(scope::required).isInstanceOf(AccessDenied.class).hasMessage("No unit to show");
            assertThat(oversight.ledBy(viewer)).isEmpty();
        }
    }

    private Person person(String username) {
        return new Person(username, username + "@example.org", "A", "B", harbour);
    }

    private Unit unit(long id, String code, UnitKind kind, Unit parent) throws ReflectiveOperationException {
        Unit unit = new Unit(code, code, kind, parent);
        Field field = Unit.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(unit, id);
        tree.add(unit);
        return unit;
    }

    /** The units of the tree above, in the order {@code Units.all} would give them. */
    private final class TreeUnits extends Units {

        @Override
        public List<Unit> all() {
            return tree;
        }

        @Override
        public Set<Long> allIds() {
            return tree.stream().map(Unit::getId).collect(Collectors.toSet());
        }

        @Override
        public Set<Long> withDescendants(Collection<Long> unitIds) {
            Set<Long> result = new HashSet<>(unitIds);
            for (Unit unit : tree) { // parents come before their children in this tree
                if (unit.getParent() != null && result.contains(unit.getParent().getId())) {
                    result.add(unit.getId());
                }
            }
            return result;
        }
    }
}
