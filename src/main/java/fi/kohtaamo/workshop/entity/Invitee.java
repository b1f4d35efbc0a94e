package fi.kohtaamo.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.Setter;

/** Someone invited to a session, and whether they came. */
@Embeddable
@Getter
@EqualsAndHashCode(onlyExplicitlyIncluded = true)
public class Invitee implements Serializable {

    @Column(name = "person_id")
    @EqualsAndHashCode.Include
    private Long personId;

    @Setter
    private boolean attended;

    protected Invitee() {}

    public Invitee(Long personId) {
        this.personId = personId;
    }
}
