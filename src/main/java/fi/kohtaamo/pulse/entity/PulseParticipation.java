package fi.kohtaamo.pulse.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That a person has answered a round: kept only so nobody answers twice, and never joined to the answers. */
@Entity
@Table(name = "pulse_participation")
@IdClass(PulseParticipation.Key.class)
public class PulseParticipation {

    /** Round and person. */
    public static class Key implements Serializable {
        Long roundId;
        Long personId;

        public Key() {}

        public Key(Long roundId, Long personId) {
            this.roundId = roundId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(roundId, key.roundId)
                    && Objects.equals(personId, key.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, personId);
        }
    }

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    protected PulseParticipation() {}

    public PulseParticipation(Long roundId, Long personId) {
        this.roundId = roundId;
        this.personId = personId;
    }
}
