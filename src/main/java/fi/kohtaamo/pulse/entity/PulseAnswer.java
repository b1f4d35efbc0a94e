package fi.kohtaamo.pulse.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;

/**
 * One anonymous answer: the twelve statement scores (1–5), eNPS (0–10) and an optional comment, with the round and
 * the answerer's unit, but nothing that identifies the person.
 */
@Entity
@Table(name = "pulse_answer")
@Getter
public class PulseAnswer {

    @Id
    @SequenceGenerator(name = "pulse_answer_seq", sequenceName = "pulse_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pulse_answer_seq")
    private Long id;

    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "unit_id")
    private Long unitId;

    /** The twelve scores, comma-separated, in statement order. */
    private String scores;

    private int enps;

    private String comment;

    protected PulseAnswer() {}

    /**
     * @throws IllegalArgumentException unless there are twelve scores from 1 to 5 and eNPS is from 0 to 10
     */
    public PulseAnswer(Long roundId, Long unitId, List<Integer> scores, int enps, String comment) {
        if (scores.size() != 12
                || scores.stream().anyMatch(s -> s == null || s < 1 || s > 5)
                || enps < 0
                || enps > 10) {
            throw new IllegalArgumentException("Twelve scores from 1 to 5 and eNPS from 0 to 10");
        }
        this.roundId = roundId;
        this.unitId = unitId;
        this.scores = String.join(",", scores.stream().map(String::valueOf).toList());
        this.enps = enps;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public List<Integer> getScores() {
        return Arrays.stream(scores.split(",")).map(Integer::valueOf).toList();
    }
}
