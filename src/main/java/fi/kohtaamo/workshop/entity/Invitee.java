package fi.kohtaamo.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Someone invited to a session, and whether they came. */
@Embeddable
public class Invitee implements Serializable {

    @Column(name = "person_id")
    private Long personId;

    private boolean attended;

    protected Invitee() {}

    public Invitee(Long personId) {
        this.personId = personId;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isAttended() {
        return attended;
    }

    public void setAttended(boolean attended) {
        this.attended = attended;
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
