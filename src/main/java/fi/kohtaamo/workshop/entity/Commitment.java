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
import java.time.temporal.ChronoUnit;
import lombok.Getter;

/**
 * What a team agreed in a workshop to do differently: what, who owns it, by when, and the internal factor or module it
 * relates to. It is open until done or dropped. An open one may be carried over to the follow-up session, which keeps
 * the session it was made in ({@link #getMadeIn}); each carry-over and change of status is a {@link CommitmentEvent}.
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

    /** The session the commitment was first made in, which stays when it is carried over to a follow-up. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "made_in_session_id")
    private WorkshopSession madeIn;

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
        this.madeIn = session;
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

    /** How many days past its due date an open commitment is on the given day: 0 when it is not overdue. */
    public long daysOverdueOn(LocalDate today) {
        return overdueOn(today) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
    }

    public long getDaysOverdue() {
        return daysOverdueOn(LocalDate.now(OrganisationZone.ZONE));
    }

    /**
     * Moves the commitment to the session that follows up the one it is in, keeping when and where it was made.
     *
     * @throws IllegalStateException unless it is open and {@code followUp} follows up its session
     */
    public void carryOverTo(WorkshopSession followUp) {
        if (status != State.OPEN
                || followUp.followUpOf()
                        .map(s -> !s.getId().equals(session.getId()))
                        .orElse(true)) {
            throw new IllegalStateException("Only an open commitment of the session followed up can be carried over");
        }
        this.session = followUp;
        this.updatedAt = LocalDateTime.now(OrganisationZone.ZONE);
    }

    /** The session it was first made in: older rows, from before carry-over existed, were made where they are. */
    public WorkshopSession getMadeIn() {
        return madeIn == null ? session : madeIn;
    }

    /** Whether it was carried over from an earlier session to the one it is in now. */
    public boolean isCarriedOver() {
        return madeIn != null && !madeIn.getId().equals(session.getId());
    }

    public Factor getFactor() {
        return factor == null ? null : Factor.of(factor);
    }
}
