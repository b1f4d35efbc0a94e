package fi.kohtaamo.pulse.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One unit of the unit tree as a closed round saw it when its results were first read: the unit's parent then, and
 * whether it was a customer-facing unit. Written once per round and never changed, so moving or deactivating units
 * later does not change which of the round's figures are shown.
 */
@Entity
@Table(name = "pulse_round_tree")
@IdClass(PulseTreeUnit.Key.class)
@NamedQuery(name = "PulseTreeUnit.ofRound", query = "select t from PulseTreeUnit t where t.roundId = :round")
public class PulseTreeUnit {

    /** Round and unit. */
    public static class Key implements Serializable {
        Long roundId;
        Long unitId;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(roundId, key.roundId)
                    && Objects.equals(unitId, key.unitId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, unitId);
        }
    }

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "parent_id")
    private Long parentId;

    private boolean kept;

    protected PulseTreeUnit() {}

    public PulseTreeUnit(Long roundId, Long unitId, Long parentId, boolean kept) {
        this.roundId = roundId;
        this.unitId = unitId;
        this.parentId = parentId;
        this.kept = kept;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isKept() {
        return kept;
    }
}
