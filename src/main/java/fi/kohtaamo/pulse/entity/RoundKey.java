package fi.kohtaamo.pulse.entity;

import fi.kohtaamo.platform.persistence.CompositeKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * The key of a row kept once per round and per person or unit: {@link PulseParticipation} (round and person) and
 * {@link PulseTreeUnit} (round and unit). The entity names the column of the second part:
 *
 * <pre>
 * &#64;EmbeddedId
 * &#64;AttributeOverride(name = "subjectId", column = &#64;Column(name = "person_id"))
 * private RoundKey id;
 * </pre>
 */
@Embeddable
public class RoundKey extends CompositeKey {

    @Column(name = "round_id")
    Long roundId;

    Long subjectId;

    protected RoundKey() {}

    public RoundKey(Long roundId, Long subjectId) {
        this.roundId = roundId;
        this.subjectId = subjectId;
    }

    @Override
    protected List<Object> parts() {
        return Arrays.asList(roundId, subjectId);
    }
}
