package fi.kohtaamo.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** Someone invited to a session, and whether they came. */
@Embeddable
@Getter
public class Invitee implements Serializable {

    @Column(name = "person_id")
    private Long personId;

    @Setter
    private boolean attended;

    protected Invitee() {}

    public Invitee(Long personId) {
        this.personId = personId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Invitee invitee && personId.equals(invitee.personId);
    }

    @Override
    public int hashCode() {
        return personId.hashCode();
    }
}
