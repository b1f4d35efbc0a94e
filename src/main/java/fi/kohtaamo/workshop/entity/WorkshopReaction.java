package fi.kohtaamo.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * One attendee's answer to the one question asked after a workshop, "how useful was it for your work" on a scale of
 * 1–5 with an optional comment, or their choice not to answer (no score). One per person and session.
 */
@Entity
@Table(name = "workshop_reaction")
@NamedQuery(
        name = "WorkshopReaction.of",
        query = "select r from WorkshopReaction r where r.sessionId = :session and r.personId = :person")
@NamedQuery(
        name = "WorkshopReaction.scores",
        query = "select r.score from WorkshopReaction r where r.sessionId = :session and r.score is not null")
@Getter
public class WorkshopReaction implements Serializable {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int COMMENT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "workshop_reaction_seq", sequenceName = "workshop_reaction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshop_reaction_seq")
    private Long id;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "person_id")
    private Long personId;

    private Integer score;

    private String comment;

    private boolean dismissed;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Version
    private long version;

    protected WorkshopReaction() {}

    public WorkshopReaction(Long sessionId, Long personId) {
        this.sessionId = sessionId;
        this.personId = personId;
    }

    /** Records or changes the answer; the caller has checked the score and the comment's length. */
    public void answer(int score, String comment, LocalDateTime at) {
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.dismissed = false;
        this.answeredAt = at;
    }

    /** Says the person does not want to answer; an answer already given stays. */
    public void dismiss(LocalDateTime at) {
        if (score == null) {
            dismissed = true;
            answeredAt = at;
        }
    }
}
