package fi.kohtaamo.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void anEmptyFilterHasNoCondition() {
        AuditFilter.Where where = new AuditFilter(null, null, " ", null, "").where();

        assertThat(where.condition()).isEmpty();
        assertThat(where.parameters()).isEmpty();
    }

    @Test
    void thePeriodIncludesBothWholeDays() {
        AuditFilter.Where where =
                new AuditFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null, null).where();

        assertThat(where.condition()).isEqualTo(" where e.at >= :from and e.at < :to");
        assertThat(where.parameters())
                .containsEntry("from", LocalDate.of(2026, 11, 1).atStartOfDay())
                .containsEntry("to", LocalDate.of(2026, 12, 1).atStartOfDay());
    }

    @Test
    void actorActionAndTextAreAllRequired() {
        AuditFilter.Where where = new AuditFilter(null, null, "HR.Demo", AuditAction.EXPORTED, "insight").where();

        assertThat(where.condition())
                .contains("lower(e.actorUsername) like :actor")
                .contains(" and e.action = :action and ")
                .contains("lower(e.detail) like :text");
        assertThat(where.parameters())
                .containsEntry("actor", "%hr.demo%")
                .containsEntry("action", AuditAction.EXPORTED)
                .containsEntry("text", "%insight%");
    }

    @Test
    void wildcardsTypedByTheUserAreTakenLiterally() {
        assertThat(AuditFilter.contains(" 100%_sure\\ ")).isEqualTo("%100\\%\\_sure\\\\%");
    }
}
