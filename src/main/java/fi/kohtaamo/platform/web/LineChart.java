package fi.kohtaamo.platform.web;

import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.stats.NpsTally;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A Chart.js line chart as the JSON that PrimeFaces' {@code p:chart} takes: labels, lines on named axes, and the
 * axes. The pages' charts of NPS over months share its colours and the NPS line with its band (the 95 % interval
 * drawn as a filled area between two lines without points), built from the months' tallies.
 *
 * <pre>{@code
 * new LineChart(labels)
 *         .nps(lowLabel, highLabel, tallies)
 *         .add(LineChart.line("CSAT", csat, LineChart.CSAT, "y1"))
 *         .axis("y", "NPS", -100, 100, "left")
 *         .axis("y1", "CSAT", 1, 5, "right")
 *         .toJson();
 * }</pre>
 */
public final class LineChart {

    /** Colours of the lines every chart shares. */
    public static final String NPS = "#006978";

    public static final String CSAT = "#b45309";
    private static final String BAND = "rgba(0,105,120,0.15)";

    private final JsonArrayBuilder labels;
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private final JsonObjectBuilder scales = Json.createObjectBuilder();

    public LineChart(JsonArrayBuilder labels) {
        this.labels = labels;
    }

    /** A line; the caller may add more Chart.js options to it (point style, dashes) before {@link #add}ing it. */
    public static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, String axis) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("yAxisID", axis)
                .add("spanGaps", true)
                .add("fill", false);
    }

    public LineChart add(JsonObjectBuilder line) {
        datasets.add(line);
        return this;
    }

    /**
     * The NPS line on axis {@code y}, one point per label, after its 95 % band (the lower and upper edges, the area
     * between them filled, kept within −100…100), all rounded as the pages show NPS. A month whose tally is not
     * {@link NpsTally#chartable() chartable} is a gap in all three.
     */
    public LineChart nps(String lowLabel, String highLabel, List<NpsTally> months) {
        JsonArrayBuilder nps = Json.createArrayBuilder();
        JsonArrayBuilder low = Json.createArrayBuilder();
        JsonArrayBuilder high = Json.createArrayBuilder();
        for (NpsTally month : months) {
            if (month.chartable()) {
                nps.add(Figures.nps(month.nps()));
                low.add(Figures.nps(Math.max(-100, month.nps() - month.margin())));
                high.add(Figures.nps(Math.min(100, month.nps() + month.margin())));
            } else {
                nps.addNull();
                low.addNull();
                high.addNull();
            }
        }
        return add(line(lowLabel, low, BAND, "y").add("pointRadius", 0))
                .add(line(highLabel, high, BAND, "y").add("pointRadius", 0).add("fill", "-1"))
                .add(line("NPS", nps, NPS, "y"));
    }

    /** An axis with a visible title. */
    public LineChart axis(String id, String title, int min, int max, String position) {
        scales.add(
                id,
                Json.createObjectBuilder()
                        .add("min", min)
                        .add("max", max)
                        .add("position", position)
                        .add(
                                "title",
                                Json.createObjectBuilder().add("display", true).add("text", title)));
        return this;
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add("scales", scales))
                .build()
                .toString();
    }
}
