package fi.kohtaamo.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What a learner chose or wrote in one step: a scenario choice, quiz answers or a reflection. Reflections are private
 * to the learner: nothing shows them to anyone else.
 */
@Entity
@Table(name = "step_answer")
@IdClass(StepAnswer.Key.class)
public class StepAnswer {

    /** Progress and step number. */
    public static class Key implements Serializable {
        Long progressId;
        Integer step;

        public Key() {}

        public Key(Long progressId, Integer step) {
            this.progressId = progressId;
            this.step = step;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(progressId, key.progressId)
                    && java.util.Objects.equals(step, key.step);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(progressId, step);
        }
    }

    @Id
    @Column(name = "progress_id")
    private Long progressId;

    @Id
    private Integer step;

    private String answer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected StepAnswer() {}

    public StepAnswer(Long progressId, int step) {
        this.progressId = progressId;
        this.step = step;
    }

    public void record(String answer, LocalDateTime now) {
        this.answer = answer;
        this.answeredAt = now;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
