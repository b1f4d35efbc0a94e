package fi.kohtaamo.workshop.entity;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * What a team agreed in a workshop to do differently: what, who owns it, by when, and the internal factor or module it
 * relates to. It is open until done or dropped.
 */
@Entity
@NamedQuery(
        name = "Commitment.ofOwner",
        query = "select c from Commitment c where c.owner.id = :owner order by c.status, c.dueDate")
@NamedQuery(
        name = "Commitment.inUnits",
        query = "select c from Commitment c where c.unit.id in :units order by c.status, c.dueDate")
@NamedQuery(
        name = "Commitment.ofSession",
        query = "select c from Commitment c where c.session.id = :session order by c.id")
@Getter
public class Commitment implements Serializable {

    /** Where a commitment stands. */
    public enum State {
        OPEN,
        DONE,
        DROPPED
    }

    @Id
    @SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private WorkshopSession session;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Size(max = 500, message = "{field.tooLong}")
    private String what;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** The {@link Factor#id()} of the factor it addresses, if any. */
    private String factor;

    @Column(name = "module_id")
    private String moduleId;

    @Enumerated(EnumType.STRING)
    private State status = State.OPEN;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Column(name = "updated_at")
    private LocalDateTime updatedAt = LocalDateTime.now(OrganisationZone.ZONE);

    @Version
    private long version;

    protected Commitment() {}

    public Commitment(
            WorkshopSession session, String what, Person owner, LocalDate dueDate, Factor factor, String moduleId) {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("A commitment says what will be done");
        }
        this.session = session;
        this.unit = session.getUnit();
        this.what = what.strip();
        this.owner = owner;
        this.dueDate = dueDate;
        this.factor = factor == null ? null : factor.id();
        this.moduleId = moduleId == null || moduleId.isBlank() ? null : moduleId;
    }

    public void setStatus(State status) {
        this.status = status;
        this.updatedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }

    /** Open and past its due date on the given day. */
    public boolean overdueOn(LocalDate today) {
        return status == State.OPEN && dueDate != null && dueDate.isBefore(today);
    }

    public boolean isOverdue() {
        return overdueOn(LocalDate.now(OrganisationZone.ZONE));
    }

    public Factor getFactor() {
        return factor == null ? null : Factor.of(factor);
    }
}
