package fi.kohtaamo.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.EqualsAndHashCode;
import lombok.Getter;

/** An invitee who gave up their seat or place in line, with the reason the facilitator reads. */
@Embeddable
@Getter
@EqualsAndHashCode(onlyExplicitlyIncluded = true)
public class Cancellation implements Serializable {

    @Column(name = "person_id")
    @EqualsAndHashCode.Include
    private Long personId;

    private String reason;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    protected Cancellation() {}

    public Cancellation(Long personId, String reason, LocalDateTime cancelledAt) {
        this.personId = personId;
        this.reason = reason;
        this.cancelledAt = cancelledAt;
    }
}
