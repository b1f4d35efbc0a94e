package fi.kohtaamo.learning.entity;

import fi.kohtaamo.platform.persistence.CompositeKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;

/**
 * What a learner chose or wrote in one step: a scenario choice, quiz answers or a reflection. Reflections are private
 * to the learner: nothing shows them to anyone else.
 */
@Entity
@Table(name = "step_answer")
@Getter
public class StepAnswer {

    /** Progress and step number. */
    @Embeddable
    public static class Key extends CompositeKey {
        @Column(name = "progress_id")
        private Long progressId;

        private Integer step;

        protected Key() {}

        public Key(Long progressId, Integer step) {
            this.progressId = progressId;
            this.step = step;
        }

        @Override
        protected List<Object> parts() {
            return Arrays.asList(progressId, step);
        }
    }

    @EmbeddedId
    private Key id;

    private String answer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected StepAnswer() {}

    public StepAnswer(Long progressId, int step) {
        this.id = new Key(progressId, step);
    }

    public void record(String answer, LocalDateTime now) {
        this.answer = answer;
        this.answeredAt = now;
    }
}
