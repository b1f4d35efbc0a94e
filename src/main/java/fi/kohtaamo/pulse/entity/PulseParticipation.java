package fi.kohtaamo.pulse.entity;

import fi.kohtaamo.platform.persistence.CompositeKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** That a person has answered a round: kept only so nobody answers twice, and never joined to the answers. */
@Entity
@Table(name = "pulse_participation")
public class PulseParticipation {

    /** Round and person. */
    @Embeddable
    public static class Key extends CompositeKey {
        @Column(name = "round_id")
        private Long roundId;

        @Column(name = "person_id")
        private Long personId;

        protected Key() {}

        public Key(Long roundId, Long personId) {
            this.roundId = roundId;
            this.personId = personId;
        }

        @Override
        protected List<Object> parts() {
            return Arrays.asList(roundId, personId);
        }
    }

    @EmbeddedId
    private Key id;

    protected PulseParticipation() {}

    public PulseParticipation(Long roundId, Long personId) {
        this.id = new Key(roundId, personId);
    }
}
