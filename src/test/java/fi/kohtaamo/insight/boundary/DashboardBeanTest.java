package fi.kohtaamo.insight.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DashboardBeanTest {

    @Test
    void aSparklineLeavesMonthsWithTooFewAnswersAsGapsAndShowsALoneMonthAsADot() {
        String svg =
                new DashboardBean().sparkline(Arrays.asList(0.0, 100.0, null, -100.0, null, null, 50.0, 0.0, 20.0));

        assertThat(svg)
                .contains("<polyline fill=\"none\" points=\"0,12 8,0\"/>")
                .contains("<circle cx=\"24\" cy=\"24\" r=\"1.5\"/>")
                .contains("<polyline fill=\"none\" points=\"48,6 56,12 64,10\"/>");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
    }
}
