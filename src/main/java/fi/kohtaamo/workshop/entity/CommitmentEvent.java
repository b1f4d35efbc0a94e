package fi.kohtaamo.workshop.entity;

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
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * One step in a commitment's history after it was made: carried over from one session to its follow-up, or marked
 * done, dropped or reopened, by whom and when. With the commitment's own {@code createdAt} and {@code madeIn} it tells
 * the whole story on the session page.
 */
@Entity
@Table(name = "commitment_event")
@NamedQuery(
        name = "CommitmentEvent.of",
        query = "select e from CommitmentEvent e where e.commitment.id in :commitments order by e.at, e.id")
@Getter
public class CommitmentEvent implements Serializable {

    /** What happened. */
    public enum Kind {
        CARRIED_OVER,
        DONE,
        DROPPED,
        REOPENED;

        /** The event a change to this status is. */
        public static Kind of(Commitment.State state) {
            return switch (state) {
                case DONE -> DONE;
                case DROPPED -> DROPPED;
                case OPEN -> REOPENED;
            };
        }
    }

    @Id
    @SequenceGenerator(name = "commitment_event_seq", sequenceName = "commitment_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "from_session_id")
    private WorkshopSession fromSession;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "to_session_id")
    private WorkshopSession toSession;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @Column(name = "happened_at")
    private LocalDateTime at;

    protected CommitmentEvent() {}

    private CommitmentEvent(Commitment commitment, Kind kind, Person actor, LocalDateTime at) {
        this.commitment = commitment;
        this.kind = kind;
        this.actor = actor;
        this.at = at;
    }

    public static CommitmentEvent carriedOver(
            Commitment commitment, WorkshopSession from, WorkshopSession to, Person actor, LocalDateTime at) {
        CommitmentEvent event = new CommitmentEvent(commitment, Kind.CARRIED_OVER, actor, at);
        event.fromSession = from;
        event.toSession = to;
        return event;
    }

    public static CommitmentEvent statusChanged(
            Commitment commitment, Commitment.State state, Person actor, LocalDateTime at) {
        return new CommitmentEvent(commitment, Kind.of(state), actor, at);
    }
}
