package fi.kohtaamo.platform.web;

import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.stats.NpsTally;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * A Chart.js chart as the JSON that PrimeFaces' {@code p:chart} takes: a line chart (labels, lines on named axes, and
 * the axes) or a {@link #scatter}. The pages' charts of NPS over months share its colours and the NPS line with its band (the 95 % interval
 * drawn as a filled area between two lines without points), built from the months' tallies.
 *
 * <pre>{@code
 * Chart.overMonths(months)
 *         .nps(lowLabel, highLabel, tallies)
 *         .csat(csatPerMonth)
 *         .axis("y", "NPS", -100, 100, "left")
 *         .toJson();
 * }</pre>
 */
public final class Chart {

    /** Colours of the lines every chart shares. */
    public static final String NPS = "#006978";

    public static final String CSAT = "#b45309";
    /** The fill of a 95 % band. */
    public static final String BAND = "rgba(0,105,120,0.15)";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final JsonArrayBuilder labels;
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private final JsonObjectBuilder scales = Json.createObjectBuilder();

    public Chart(JsonArrayBuilder labels) {
        this.labels = labels;
    }

    /** A chart with one label per month ("03/2026"), oldest first. */
    public static Chart overMonths(List<? extends TemporalAccessor> months) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(month -> labels.add(MONTH.format(month)));
        return new Chart(labels);
    }

    /** One value per label, a gap where it is null: decimals as they are, other numbers as whole numbers. */
    public static JsonArrayBuilder values(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                array.addNull();
            } else if (value instanceof BigDecimal decimal) {
                array.add(decimal);
            } else {
                array.add(value.longValue());
            }
        }
        return array;
    }

    /** The CSAT line (1–5, rounded as the pages show it, a gap where a month has none) on its own right axis, y1. */
    public Chart csat(List<Double> months) {
        return add(line("CSAT", values(months.stream().map(Figures::csat).toList()), CSAT, "y1"))
                .axis("y1", "CSAT", 1, 5, "right");
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

    public Chart add(JsonObjectBuilder line) {
        datasets.add(line);
        return this;
    }

    /**
     * The NPS line on axis {@code y}, one point per label, after its 95 % band (the lower and upper edges, the area
     * between them filled, kept within −100…100), all rounded as the pages show NPS. A month whose tally is not
     * {@link NpsTally#chartable() chartable} is uncertain: a gap in all three that the line does not bridge, so two
     * answers are never drawn as +100. Pages name those months beside the chart for those who do not see it.
     */
    public Chart nps(String lowLabel, String highLabel, List<NpsTally> months) {
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
        return add(line(lowLabel, low, BAND, "y").add("pointRadius", 0).add("spanGaps", false))
                .add(line(highLabel, high, BAND, "y")
                        .add("pointRadius", 0)
                        .add("fill", "-1")
                        .add("spanGaps", false))
                .add(line("NPS", nps, NPS, "y").add("spanGaps", false));
    }

    /** An axis with a visible title. */
    public Chart axis(String id, String title, int min, int max, String position) {
        scales.add(
                id,
                Json.createObjectBuilder()
                        .add("min", min)
                        .add("max", max)
                        .add("position", position)
                        .add("title", title(title)));
        return this;
    }

    /** An axis with a visible title and the range Chart.js chooses (for the labels' axis, x). */
    public Chart axis(String id, String title) {
        scales.add(id, Json.createObjectBuilder().add("title", title(title)));
        return this;
    }

    /** A Chart.js scatter of one set of points, on axes titled {@code xTitle} and {@code yTitle}. */
    public static String scatter(String label, JsonArrayBuilder points, String xTitle, String yTitle) {
        JsonObjectBuilder set = Json.createObjectBuilder()
                .add("label", label)
                .add("data", points)
                .add("backgroundColor", NPS)
                .add("pointRadius", 5);
        JsonObjectBuilder axes = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("title", title(xTitle)))
                .add("y", Json.createObjectBuilder().add("title", title(yTitle)));
        return json(
                "scatter",
                Json.createObjectBuilder()
                        .add("datasets", Json.createArrayBuilder().add(set)),
                axes);
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }

    public String toJson() {
        return json("line", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets), scales);
    }

    private static String json(String type, JsonObjectBuilder data, JsonObjectBuilder scales) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", data)
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
