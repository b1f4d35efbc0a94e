package fi.kohtaamo.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.Setter;

/** Someone with a seat in a session, and what was recorded of their attendance (nothing until it is recorded). */
@Embeddable
@Getter
@EqualsAndHashCode(onlyExplicitlyIncluded = true)
public class Invitee implements Serializable {

    @Column(name = "person_id")
    @EqualsAndHashCode.Include
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Setter
    private Attendance attendance;

    protected Invitee() {}

    public Invitee(Long personId) {
        this.personId = personId;
    }

    /** Whether they came, wholly or partly: what every count of attendance counts. */
    public boolean isAttended() {
        return attendance != null && attendance.came();
    }
}
