package fi.kohtaamo.pulse.entity;

import fi.kohtaamo.platform.persistence.CompositeKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * One unit of the unit tree as a closed round saw it when its results were first read: the unit's parent then, and
 * whether it was a customer-facing unit. Written once per round and never changed, so moving or deactivating units
 * later does not change which of the round's figures are shown.
 */
@Entity
@Table(name = "pulse_round_tree")
@NamedQuery(name = "PulseTreeUnit.ofRound", query = "select t from PulseTreeUnit t where t.id.roundId = :round")
public class PulseTreeUnit {

    /** Round and unit. */
    @Embeddable
    public static class Key extends CompositeKey {
        @Column(name = "round_id")
        private Long roundId;

        @Column(name = "unit_id")
        private Long unitId;

        protected Key() {}

        public Key(Long roundId, Long unitId) {
            this.roundId = roundId;
            this.unitId = unitId;
        }

        @Override
        protected List<Object> parts() {
            return Arrays.asList(roundId, unitId);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "parent_id")
    private Long parentId;

    private boolean kept;

    protected PulseTreeUnit() {}

    public PulseTreeUnit(Long roundId, Long unitId, Long parentId, boolean kept) {
        this.id = new Key(roundId, unitId);
        this.parentId = parentId;
        this.kept = kept;
    }

    public Long getUnitId() {
        return id.unitId;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isKept() {
        return kept;
    }
}
