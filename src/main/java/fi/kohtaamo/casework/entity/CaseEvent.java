package fi.kohtaamo.casework.entity;

import fi.kohtaamo.organisation.entity.Person;
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
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;

/** One step a case took after it was opened: the state it reached, who took it and when. */
@Entity
@Table(name = "detractor_case_event")
@NamedQuery(
        name = "CaseEvent.of",
        query = "select e from CaseEvent e where e.detractorCase.id = :case order by e.at, e.id")
@Getter
public class CaseEvent {

    @Id
    @SequenceGenerator(
            name = "detractor_case_event_seq",
            sequenceName = "detractor_case_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "detractor_case_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private DetractorCase detractorCase;

    @Enumerated(EnumType.STRING)
    private CaseState state;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @Column(name = "happened_at")
    private LocalDateTime at;

    protected CaseEvent() {}

    public CaseEvent(DetractorCase detractorCase, CaseState state, Person actor, LocalDateTime at) {
        this.detractorCase = detractorCase;
        this.state = state;
        this.actor = actor;
        this.at = at;
    }
}
