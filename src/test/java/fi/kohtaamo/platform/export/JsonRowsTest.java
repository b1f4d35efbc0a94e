package fi.kohtaamo.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRowsTest {

    @Test
    void eachRowBecomesAnObjectWithTheColumnsAsMembers() {
        JsonArray rows = JsonRows.of(
                List.of("id", "what", "done", "dueDate", "updatedAt", "score", "owner"),
                List.<Object[]>of(new Object[] {
                    42L,
                    "Soitamme takaisin",
                    true,
                    Date.valueOf(LocalDate.of(2026, 12, 24)),
                    Timestamp.valueOf(LocalDateTime.of(2026, 12, 1, 14, 5)),
                    new BigDecimal("87.5"),
                    null
                }));

        JsonObject row = rows.getJsonObject(0);
        assertThat(row.getJsonNumber("id").longValue()).isEqualTo(42L);
        assertThat(row.getString("what")).isEqualTo("Soitamme takaisin");
        assertThat(row.getBoolean("done")).isTrue();
        assertThat(row.getString("dueDate")).isEqualTo("2026-12-24");
        assertThat(row.getString("updatedAt")).isEqualTo("2026-12-01T14:05");
        assertThat(row.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("87.5");
        assertThat(row.get("owner")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void noRowsGiveAnEmptyArray() {
        assertThat(JsonRows.of(List.of("id"), List.of())).isEmpty();
    }
}
