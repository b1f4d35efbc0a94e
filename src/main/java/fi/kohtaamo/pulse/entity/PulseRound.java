package fi.kohtaamo.pulse.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** A pulse survey round HR opens for some units over a period. */
@Entity
@Table(name = "pulse_round")
@NamedQuery(name = "PulseRound.all", query = "select r from PulseRound r order by r.opensOn desc, r.id desc")
public class PulseRound implements Serializable {

    @Id
    @SequenceGenerator(name = "pulse_round_seq", sequenceName = "pulse_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pulse_round_seq")
    private Long id;

    private String title;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pulse_round_unit", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    protected PulseRound() {}

    /**
     * @throws IllegalArgumentException if the period ends before it starts or no unit is chosen
     */
    public PulseRound(String title, LocalDate opensOn, LocalDate closesOn, Set<Long> unitIds, Long createdBy) {
        if (title == null
                || title.isBlank()
                || opensOn == null
                || closesOn == null
                || closesOn.isBefore(opensOn)
                || unitIds.isEmpty()) {
            throw new IllegalArgumentException("A round needs a title, a period and units");
        }
        this.title = title.strip();
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.unitIds.addAll(unitIds);
        this.createdBy = createdBy;
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }
}
