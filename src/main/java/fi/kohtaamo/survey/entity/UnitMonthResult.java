package fi.kohtaamo.survey.entity;

import fi.kohtaamo.platform.persistence.CompositeKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;

/**
 * The running totals of one unit's responses in one month, updated in the same transaction as each response arrives,
 * so results pages never recount history.
 */
@Entity
@Table(name = "unit_month_result")
@Getter
public class UnitMonthResult {

    /** Unit and the first day of the month. */
    @Embeddable
    public static class Key extends CompositeKey {
        @Column(name = "unit_id")
        private Long unitId;

        @Column(name = "month_start")
        private LocalDate monthStart;

        protected Key() {}

        public Key(Long unitId, LocalDate monthStart) {
            this.unitId = unitId;
            this.monthStart = monthStart;
        }

        @Override
        protected List<Object> parts() {
            return Arrays.asList(unitId, monthStart);
        }
    }

    @EmbeddedId
    private Key id;

    private int responses;
    private int promoters;
    private int passives;
    private int detractors;

    @Column(name = "csat_sum")
    private int csatSum;

    @Column(name = "csat_count")
    private int csatCount;

    protected UnitMonthResult() {}

    public UnitMonthResult(Key id) {
        this.id = id;
    }

    /** Counts one more response. */
    public void add(int nps, Integer csat) {
        responses++;
        if (nps >= 9) {
            promoters++;
        } else if (nps >= 7) {
            passives++;
        } else {
            detractors++;
        }
        if (csat != null) {
            csatSum += csat;
            csatCount++;
        }
    }

    public Long getUnitId() {
        return id.unitId;
    }

    public LocalDate getMonthStart() {
        return id.monthStart;
    }
}
