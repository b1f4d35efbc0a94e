package fi.kohtaamo.learning.entity;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
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
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * A module or a track that someone must complete, optionally by a due date. It is given to a unit (and so to everyone
 * in it and its sub-units, including people who join later), to everyone with a role, or to one person.
 */
@Entity
@NamedQuery(name = "Assignment.all", query = "select a from Assignment a order by a.createdAt desc")
@Getter
public class Assignment implements Serializable {

    /** The most days after it reaches a person that an assignment may be due: a year. */
    public static final int MAX_DUE_DAYS = 365;

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "module_id")
    private TrainingModule module;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "track_id")
    private Track track;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** Instead of a date: due this many days after the assignment reaches each person. */
    @Column(name = "due_days")
    private Integer dueDays;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Person createdBy;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(OrganisationZone.ZONE);

    protected Assignment() {}

    private Assignment(TrainingModule module, Track track, LocalDate dueDate, Person createdBy) {
        if ((module == null) == (track == null)) {
            throw new IllegalArgumentException("An assignment is for exactly one module or one track");
        }
        this.module = module;
        this.track = track;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
    }

    public static Assignment toUnit(TrainingModule module, Track track, Unit unit, LocalDate due, Person by) {
        Assignment assignment = new Assignment(module, track, due, by);
        assignment.unit = unit;
        return assignment;
    }

    public static Assignment toRole(TrainingModule module, Track track, Role role, LocalDate due, Person by) {
        Assignment assignment = new Assignment(module, track, due, by);
        assignment.role = role;
        return assignment;
    }

    /**
     * Makes the assignment due this many days after it reaches each person, instead of on its date: from the day it
     * was given, or for someone who joined its unit (or was created) later, from the day they did.
     *
     * @throws IllegalArgumentException unless from 1 to 365 days, or if the assignment has a due date
     */
    public Assignment dueAfterDays(int days) {
        if (days < 1 || days > MAX_DUE_DAYS) {
            throw new IllegalArgumentException("due 1 to " + MAX_DUE_DAYS + " days after it reaches a person");
        }
        if (dueDate != null) {
            throw new IllegalArgumentException("due on a date or after days, not both");
        }
        this.dueDays = days;
        return this;
    }

    /** When the assignment is due for this person it reaches: its date, or its days from when it reached them. */
    public LocalDate dueFor(Person person) {
        if (dueDays == null) {
            return dueDate;
        }
        LocalDate given = createdAt.toLocalDate();
        LocalDateTime joined = unit != null ? person.getUnitSince() : person.getCreatedAt();
        LocalDate reached = joined == null || joined.toLocalDate().isBefore(given) ? given : joined.toLocalDate();
        return reached.plusDays(dueDays);
    }

    public static Assignment toPerson(TrainingModule module, Track track, Person person, LocalDate due, Person by) {
        Assignment assignment = new Assignment(module, track, due, by);
        assignment.person = person;
        return assignment;
    }
}
