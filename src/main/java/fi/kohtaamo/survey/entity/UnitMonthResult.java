package fi.kohtaamo.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The running totals of one unit's responses in one month, updated in the same transaction as each response arrives,
 * so results pages never recount history.
 */
@Entity
@Table(name = "unit_month_result")
@IdClass(UnitMonthResult.Key.class)
public class UnitMonthResult {

    /** Unit and the first day of the month. */
    public static class Key implements Serializable {
        Long unitId;
        LocalDate monthStart;

        public Key() {}

        public Key(Long unitId, LocalDate monthStart) {
            this.unitId = unitId;
            this.monthStart = monthStart;
        }

        public Long unitId() {
            return unitId;
        }

        public LocalDate monthStart() {
            return monthStart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(unitId, key.unitId)
                    && Objects.equals(monthStart, key.monthStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitId, monthStart);
        }
    }

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Id
    @Column(name = "month_start")
    private LocalDate monthStart;

    private int responses;
    private int promoters;
    private int passives;
    private int detractors;

    @Column(name = "csat_sum")
    private int csatSum;

    @Column(name = "csat_count")
    private int csatCount;

    protected UnitMonthResult() {}

    public UnitMonthResult(Long unitId, LocalDate monthStart) {
        this.unitId = unitId;
        this.monthStart = monthStart;
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
        return unitId;
    }

    public LocalDate getMonthStart() {
        return monthStart;
    }

    public int getResponses() {
        return responses;
    }

    public int getPromoters() {
        return promoters;
    }

    public int getPassives() {
        return passives;
    }

    public int getDetractors() {
        return detractors;
    }

    public int getCsatSum() {
        return csatSum;
    }

    public int getCsatCount() {
        return csatCount;
    }
}
