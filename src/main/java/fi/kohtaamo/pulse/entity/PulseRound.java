package fi.kohtaamo.pulse.entity;

import fi.kohtaamo.platform.config.OrganisationZone;
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
import lombok.Getter;

/**
 * A pulse survey round HR opens for some units over a period. The anonymity threshold in force when it opens stays the
 * round's, so changing the setting later never changes which of its figures are shown. HR may close it before its
 * planned closing day; from then on nobody can answer it.
 */
@Entity
@Table(name = "pulse_round")
@NamedQuery(name = "PulseRound.all", query = "select r from PulseRound r order by r.opensOn desc, r.id desc")
@Getter
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
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    /** The fewest answers a group of this round needs to be shown. */
    @Column(name = "anonymity_threshold")
    private int threshold;

    /** The day HR closed the round early, or null when it runs (or ran) to its planned closing day. */
    @Column(name = "closed_early_on")
    private LocalDate closedEarlyOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pulse_round_unit", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    protected PulseRound() {}

    /**
     * @param threshold the anonymity threshold in force now, which the round keeps
     * @throws IllegalArgumentException if the period ends before it starts or no unit is chosen
     */
    public PulseRound(
            String title, LocalDate opensOn, LocalDate closesOn, Set<Long> unitIds, Long createdBy, int threshold) {
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
        this.threshold = threshold;
    }

    /** Whether people can answer on the day: within the period, unless HR has closed the round early. */
    public boolean openOn(LocalDate day) {
        return closedEarlyOn == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /**
     * Closes the round before its planned closing day.
     *
     * @throws IllegalStateException unless the round is open on the day
     */
    public void closeEarly(LocalDate today) {
        if (!openOn(today)) {
            throw new IllegalStateException("Only an open round can be closed");
        }
        closedEarlyOn = today;
    }

    /** The last day of the round: the day HR closed it early, or the planned closing day. */
    public LocalDate getEndsOn() {
        return closedEarlyOn != null ? closedEarlyOn : closesOn;
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }
}
