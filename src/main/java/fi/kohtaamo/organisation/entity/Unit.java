package fi.kohtaamo.organisation.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import lombok.Getter;
import lombok.Setter;

/**
 * A node of the organisation tree: the organisation itself, a region, a customer-facing unit or a team. The code is
 * the unit's stable identifier in imports and integrations; the name is what people read.
 */
@Entity
@NamedQuery(name = "Unit.findAll", query = "select u from Unit u left join fetch u.parent order by u.name")
@NamedQuery(name = "Unit.findByCode", query = "select u from Unit u where lower(u.code) = lower(:code)")
@NamedQuery(name = "Unit.parentLinks", query = "select u.id, p.id from Unit u left join u.parent p")
@Getter
public class Unit implements Serializable {

    @Id
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    private Long id;

    @NotBlank(message = "{unit.code.required}")
    @Size(max = 40, message = "{unit.code.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{unit.code.pattern}")
    private String code;

    @NotBlank(message = "{unit.name.required}")
    @Size(max = 200, message = "{unit.name.size}")
    private String name;

    @NotNull(message = "{unit.kind.required}")
    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Setter
    private boolean active = true;

    /** How long after a visit the customer is invited to the survey. */
    @Column(name = "invitation_delay_minutes")
    private int invitationDelayMinutes = 120;

    @Version
    private long version;

    protected Unit() {}

    public Unit(String code, String name, UnitKind kind, Unit parent) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        moveUnder(parent);
    }

    /** A new, unsaved unit for a form to fill in; its place in the tree is checked when it is saved. */
    public static Unit blank(UnitKind kind) {
        Unit unit = new Unit();
        unit.kind = kind;
        return unit;
    }

    /**
     * Places this unit under a new parent, keeping the tree's levels in order.
     *
     * @throws IllegalArgumentException if this kind of unit may not sit under that parent
     */
    public void moveUnder(Unit newParent) {
        if (!kind.mayHaveParent(newParent == null ? null : newParent.kind)) {
            throw new IllegalArgumentException(
                    kind + " cannot be placed under " + (newParent == null ? "nothing" : newParent.kind.toString()));
        }
        this.parent = newParent;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    /** Changes the kind; the caller re-checks the parent with {@link #moveUnder(Unit)}. */
    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    /**
     * @throws IllegalArgumentException unless from 0 minutes to 7 days
     */
    public void setInvitationDelayMinutes(int minutes) {
        if (minutes < 0 || minutes > 7 * 24 * 60) {
            throw new IllegalArgumentException("delay from 0 minutes to 7 days");
        }
        this.invitationDelayMinutes = minutes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Unit unit && id != null && id.equals(unit.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
