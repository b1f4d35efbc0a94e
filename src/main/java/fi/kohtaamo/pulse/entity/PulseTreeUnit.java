package fi.kohtaamo.pulse.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * One unit of the unit tree as a closed round saw it when its results were first read: the unit's parent then, and
 * whether it was a customer-facing unit. Written once per round and never changed, so moving or deactivating units
 * later does not change which of the round's figures are shown.
 */
@Entity
@Table(name = "pulse_round_tree")
@NamedQuery(name = "PulseTreeUnit.ofRound", query = "select t from PulseTreeUnit t where t.id.roundId = :round")
@Getter
public class PulseTreeUnit {

    @EmbeddedId
    @AttributeOverride(name = "subjectId", column = @Column(name = "unit_id"))
    private RoundKey id;

    @Column(name = "parent_id")
    private Long parentId;

    private boolean kept;

    protected PulseTreeUnit() {}

    public PulseTreeUnit(Long roundId, Long unitId, Long parentId, boolean kept) {
        this.id = new RoundKey(roundId, unitId);
        this.parentId = parentId;
        this.kept = kept;
    }

    public Long getUnitId() {
        return id.subjectId;
    }
}
