package fi.kohtaamo.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shape of the unit tree, seen through what building units and the unit form's kind list do with the rule in
 * {@link UnitKind}: the form offers exactly what saving accepts, every kind can be reached from the top, and no kind
 * can end up under itself.
 */
class UnitKindTest {

    /** A unit of this kind in a tree that is valid all the way up; null for "nothing", the top. */
    private static Unit placed(UnitKind kind) {
        if (kind == null) {
            return null;
        }
        UnitKind parentKind = Arrays.stream(UnitKind.values())
                .filter(kind::mayHaveParent)
                .findFirst()
                .orElse(null);
        return new Unit(kind.name(), kind.name(), kind, placed(parentKind));
    }

    private static UnitKind[] parentKinds() {
        UnitKind[] kinds = Arrays.copyOf(UnitKind.values(), UnitKind.values().length + 1);
        kinds[kinds.length - 1] = null;
        return kinds;
    }

    @Test
    void everyKindTheFormOffersUnderAParentCanBeSavedThereAndNoOther() {
        for (UnitKind parentKind : parentKinds()) {
            Unit parent = placed(parentKind);
            for (UnitKind kind : UnitKind.values()) {
                if (Units.kindsUnder(parentKind).contains(kind)) {
                    assertThat(new Unit("C", "Child", kind, parent).getParent()).isSameAs(parent);
                } else {
                    assertThatThrownBy(() -> new Unit("C", "Child", kind, parent))
                            .as(kind + " under " + parentKind)
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining(kind + " cannot be placed under");
                }
            }
        }
    }

    @Test
    void everyKindCanBeReachedFromTheTop() {
        Set<UnitKind> reached = EnumSet.noneOf(UnitKind.class);
        Deque<UnitKind> next = new ArrayDeque<>(Units.kindsUnder(null));
        while (!next.isEmpty()) {
            UnitKind kind = next.pop();
            if (reached.add(kind)) {
                next.addAll(Units.kindsUnder(kind));
            }
        }

        assertThat(reached).containsExactlyInAnyOrder(UnitKind.values());
    }

    /** The kinds are listed top down, so a kind below may never hold one above it: the tree cannot loop. */
    @Test
    void noKindMayHangUnderItselfOrUnderAKindBelowIt() {
        for (UnitKind kind : UnitKind.values()) {
            for (UnitKind parent : UnitKind.values()) {
                if (parent.compareTo(kind) >= 0) {
                    assertThat(kind.mayHaveParent(parent))
                            .as(kind + " under " + parent)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void aRefusedMoveLeavesTheUnitWhereItWas() {
        Unit team = placed(UnitKind.TEAM);
        Unit unit = team.getParent();
        Unit region = placed(UnitKind.REGION);

        assertThatThrownBy(() -> team.moveUnder(region)).isInstanceOf(IllegalArgumentException.class);
        assertThat(team.getParent()).isSameAs(unit);
        assertThatThrownBy(() -> region.moveUnder(region)).isInstanceOf(IllegalArgumentException.class);
        assertThat(region.getParent().getKind()).isEqualTo(UnitKind.ORGANISATION);
    }
}
