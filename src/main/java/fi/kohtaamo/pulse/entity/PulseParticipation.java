package fi.kohtaamo.pulse.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** That a person has answered a round: kept only so nobody answers twice, and never joined to the answers. */
@Entity
@Table(name = "pulse_participation")
public class PulseParticipation {

    @EmbeddedId
    @AttributeOverride(name = "subjectId", column = @Column(name = "person_id"))
    private RoundKey id;

    protected PulseParticipation() {}

    public PulseParticipation(Long roundId, Long personId) {
        this.id = new RoundKey(roundId, personId);
    }
}
