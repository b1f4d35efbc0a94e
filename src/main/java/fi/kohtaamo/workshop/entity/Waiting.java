package fi.kohtaamo.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.EqualsAndHashCode;
import lombok.Getter;

/** Someone on a full session's waitlist: {@code queueNo} orders the line, the lowest is promoted first. */
@Embeddable
@Getter
@EqualsAndHashCode(onlyExplicitlyIncluded = true)
public class Waiting implements Serializable {

    @Column(name = "person_id")
    @EqualsAndHashCode.Include
    private Long personId;

    @Column(name = "queue_no")
    private int queueNo;

    private LocalDateTime since;

    protected Waiting() {}

    public Waiting(Long personId, int queueNo, LocalDateTime since) {
        this.personId = personId;
        this.queueNo = queueNo;
        this.since = since;
    }
}
