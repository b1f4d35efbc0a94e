package fi.kohtaamo.home.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The cockpit's NPS sparkline: lines through runs of months, dots for lone months, gaps for months without a figure. */
class SparklineTest {

    @Test
    void runsOfMonthsAreLinesAndALoneMonthIsADot() {
        String svg = Sparkline.svg(Arrays.asList(100.0, 0.0, null, -100.0, null));

        assertThat(svg)
                .startsWith("<svg class=\"sparkline\" viewBox=\"0 0 40 28\"")
                .contains("aria-hidden=\"true\"")
                .contains("<polyline fill=\"none\" points=\"0,0 10,14\"/>")
                .contains("<circle cx=\"30\" cy=\"28\" r=\"2\"/>");
    }

    @Test
    void aYearWithoutFiguresIsOnlyTheZeroLine() {
        String svg = Sparkline.svg(Arrays.asList(null, null, Double.NaN));

        assertThat(svg).doesNotContain("polyline").doesNotContain("circle").contains("sparkline-zero");
    }

    @Test
    void valuesOutsideTheScaleStayInsideThePicture() {
        assertThat(Sparkline.y(150)).isZero();
        assertThat(Sparkline.y(-150)).isEqualTo(Sparkline.HEIGHT);
    }
}
