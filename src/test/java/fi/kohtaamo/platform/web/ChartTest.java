package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.platform.stats.NpsCalculator;
import fi.kohtaamo.platform.stats.NpsTally;
import jakarta.json.Json;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

    @Test
    void npsIsItsBandThenItsLineWithAGapTheLineDoesNotBridgeForAMonthOfTooFewAnswers() {
        NpsTally march = new NpsTally(25, 15, 10); // 30 ± 21.6
        NpsTally april = new NpsTally(NpsCalculator.MIN_CHART_ANSWERS - 1, 0, 0); // +100 of too few answers
        NpsTally may = new NpsTally(18, 0, 2); // 80 ± 26.3, its band cut at 100
        String json = new Chart(
                        Json.createArrayBuilder().add("03/2026").add("04/2026").add("05/2026"))
                .nps("low", "high", List.of(march, april, may))
                .axis("y", "NPS", -100, 100, "left")
                .toJson();

        assertThat(json)
                .isEqualTo(
                        "{\"type\":\"line\",\"data\":{\"labels\":[\"03/2026\",\"04/2026\",\"05/2026\"],\"datasets\":["
                                + "{\"label\":\"low\",\"data\":[8,null,54],\"borderColor\":\"rgba(0,105,120,0.15)\","
                                + "\"backgroundColor\":\"rgba(0,105,120,0.15)\",\"yAxisID\":\"y\",\"spanGaps\":false,"
                                + "\"fill\":false,\"pointRadius\":0},"
                                + "{\"label\":\"high\",\"data\":[52,null,100],\"borderColor\":\"rgba(0,105,120,0.15)\","
                                + "\"backgroundColor\":\"rgba(0,105,120,0.15)\",\"yAxisID\":\"y\",\"spanGaps\":false,"
                                + "\"fill\":\"-1\",\"pointRadius\":0},"
                                + "{\"label\":\"NPS\",\"data\":[30,null,80],\"borderColor\":\"#006978\","
                                + "\"backgroundColor\":\"#006978\",\"yAxisID\":\"y\",\"spanGaps\":false,\"fill\":false}]},"
                                + "\"options\":{\"animation\":false,\"maintainAspectRatio\":false,\"scales\":{\"y\":{"
                                + "\"min\":-100,\"max\":100,\"position\":\"left\","
                                + "\"title\":{\"display\":true,\"text\":\"NPS\"}}}}}");
    }

    @Test
    void theBandStaysWithinMinusAndPlusAHundred() {
        String json = new Chart(Json.createArrayBuilder().add("01/2026"))
                .nps("low", "high", List.of(new NpsTally(1, 0, 11)))
                .toJson();

        // NPS −83 ± 31: the lower edge would be −115.
        assertThat(json).contains("\"label\":\"low\",\"data\":[-100]").contains("\"label\":\"NPS\",\"data\":[-83]");
    }

    @Test
    void aScatterIsOneSetOfPointsOnTwoTitledAxes() {
        String json = Chart.scatter(
                "Units",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("x", 0.5).add("y", 12))
                        .add(Json.createObjectBuilder().add("x", 0.75).add("y", -3)),
                "Completion",
                "NPS change");

        assertThat(json)
                .isEqualTo("{\"type\":\"scatter\",\"data\":{\"datasets\":[{\"label\":\"Units\",\"data\":["
                        + "{\"x\":0.5,\"y\":12},{\"x\":0.75,\"y\":-3}],\"backgroundColor\":\"#006978\",\"pointRadius\":5}]},"
                        + "\"options\":{\"animation\":false,\"maintainAspectRatio\":false,\"scales\":{"
                        + "\"x\":{\"title\":{\"display\":true,\"text\":\"Completion\"}},"
                        + "\"y\":{\"title\":{\"display\":true,\"text\":\"NPS change\"}}}}}");
    }

    @Test
    void aChartOverMonthsLabelsEachMonthAndDrawsCsatOnItsOwnAxisWithGaps() {
        String json = Chart.overMonths(List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12)))
                .csat(Arrays.asList(4.26, null))
                .add(Chart.line("Done", Chart.values(Arrays.asList(null, 75)), "#4b5563", "y2"))
                .toJson();

        assertThat(json)
                .startsWith("{\"type\":\"line\",\"data\":{\"labels\":[\"11/2026\",\"12/2026\"],\"datasets\":["
                        + "{\"label\":\"CSAT\",\"data\":[4.3,null],\"borderColor\":\"#b45309\"")
                .contains("{\"label\":\"Done\",\"data\":[null,75],")
                .contains("\"scales\":{\"y1\":{\"min\":1,\"max\":5,\"position\":\"right\"");
    }
}
