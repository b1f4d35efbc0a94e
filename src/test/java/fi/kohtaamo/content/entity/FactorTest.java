package fi.kohtaamo.content.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The six factors: their stored ids and message keys, and reading an id back. */
class FactorTest {

    @Test
    void idsAreTheStoredStringsInPulseOrder() {
        assertThat(Factor.ids())
                .containsExactly("communication", "workload", "competence", "leadership", "tools", "processes");
    }

    @Test
    void messageKeyIsFactorDotId() {
        assertThat(Factor.TOOLS.messageKey()).isEqualTo("factor.tools");
    }

    @Test
    void everyIdReadsBackToItsFactor() {
        Arrays.stream(Factor.values())
                .forEach(f -> assertThat(Factor.of(f.id())).isSameAs(f));
    }

    @Test
    void anUnknownIdSaysWhichAreKnown() {
        assertThatThrownBy(() -> Factor.of("Tools"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown factor \"Tools\": use one of "
                        + "[communication, workload, competence, leadership, tools, processes]");
    }
}
