package fi.kohtaamo.workshop.entity;

import fi.kohtaamo.content.entity.Factor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.Getter;

/**
 * The wall of the six-factor self-assessment as the facilitator recorded it in one session: for each factor, where
 * the team's rating dots cluster (a score from 1.0 to 5.0) and how many choice dots it received. The two factors with
 * the most choice dots are the team's choice ({@link #chosen}), which become its commitments.
 */
@Entity
@Table(name = "dot_vote")
@Getter
public class DotVote implements Serializable {

    /** The lowest and highest score a factor can be given, as on the wall's scale. */
    public static final BigDecimal LOWEST = BigDecimal.ONE;

    public static final BigDecimal HIGHEST = BigDecimal.valueOf(5);

    /** How many factors the team chooses to improve. */
    public static final int CHOSEN = 2;

    /** One factor's sheet on the wall. */
    @Embeddable
    @Getter
    public static class Sheet implements Serializable {

        private String factor;

        @Column(precision = 2, scale = 1)
        private BigDecimal score;

        private int dots;

        protected Sheet() {}

        public Sheet(Factor factor, BigDecimal score, int dots) {
            this.factor = factor.id();
            this.score = score;
            this.dots = dots;
        }

        public Factor getFactor() {
            return Factor.of(factor);
        }
    }

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dot_vote_factor", joinColumns = @JoinColumn(name = "session_id"))
    private List<Sheet> sheets = new ArrayList<>();

    @Version
    private long version;

    protected DotVote() {}

    public DotVote(Long sessionId) {
        this.sessionId = sessionId;
    }

    /** Replaces the recorded sheets. */
    public void record(List<Sheet> sheets, Long by, LocalDateTime at) {
        this.sheets.clear();
        this.sheets.addAll(sheets);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Optional<Sheet> sheet(Factor factor) {
        return sheets.stream().filter(s -> s.getFactor() == factor).findFirst();
    }

    /**
     * The factors the choice dots picked, most dots first, or empty when the wall does not yet tell two apart: fewer
     * than two factors have dots, or the second place is tied (the room then agrees which one, and the facilitator
     * gives it the deciding dot).
     */
    public Optional<List<Factor>> chosen() {
        List<Sheet> ranked = sheets.stream()
                .filter(s -> s.getDots() > 0)
                .sorted(Comparator.comparingInt(Sheet::getDots).reversed())
                .toList();
        if (ranked.size() < CHOSEN
                || (ranked.size() > CHOSEN
                        && ranked.get(CHOSEN - 1).getDots()
                                == ranked.get(CHOSEN).getDots())) {
            return Optional.empty();
        }
        return Optional.of(
                ranked.subList(0, CHOSEN).stream().map(Sheet::getFactor).toList());
    }
}
