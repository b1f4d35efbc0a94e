package fi.kohtaamo.insight.boundary;

import fi.kohtaamo.insight.control.BeforeAfter;
import fi.kohtaamo.insight.control.Dashboard;
import fi.kohtaamo.insight.control.Insights;
import fi.kohtaamo.insight.control.LearningTally;
import fi.kohtaamo.insight.control.Statistics;
import fi.kohtaamo.insight.control.UnitFacts;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.platform.export.Table;
import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.platform.web.Chart;
import fi.kohtaamo.workshop.control.Reactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/**
 * The insight analyses, each with its n, method and uncertainty in plain words: before/after per unit and across
 * units against a not-yet-trained comparison group; training against NPS change across units (Pearson and Spearman);
 * the pulse eNPS against NPS; and a Kirkpatrick view per track, with the workshops beside them (level 1 from the
 * attendees' answers to the question after each session, shown from the anonymity threshold on).
 */
@Named
@RequestScoped
public class AnalysesBean {

    @Inject
    Reactions reactions;

    @Inject
    Clock clock;

    /** Fewest units for a correlation. */
    public static final int MIN_UNITS = 5;

    @Inject
    Insights insights;

    @Inject
    Dashboard dashboard;

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Language language;

    /** The start of training and the before/after window, as on the dashboard; the period here is always 24 months. */
    @Getter
    private final DashboardFilter filter = new DashboardFilter();

    @Getter
    @Setter
    private String measure = "completion";

    @Getter
    private BeforeAfter.Summary summary;

    @Getter
    private List<Point> training = List.of();

    @Getter
    private List<Point> pulse = List.of();

    @Getter
    private Map<String, LearningTally> learning = Map.of();

    @Getter
    private Behaviour behaviour = Behaviour.NONE;

    /** Level 1 for workshops: the attendees' answers to the one question after each session (#17). */
    @Getter
    private Reactions.Summary workshopReaction;

    private Map<Long, Dashboard.Row> rowsByUnit = Map.of();

    /** One unit in a scatter. */
    public record Point(String unit, double x, double y) {}

    /**
     * Kirkpatrick's third level across units: the mean of the units' attendance and of their share of commitments
     * done, each over the units that have one.
     *
     * @param attendanceSum the units' attendance percentages added up
     * @param attendanceUnits how many units have an attendance
     * @param commitmentsDoneSum the units' percentages of commitments done added up
     * @param commitmentsUnits how many units have commitments
     */
    public record Behaviour(long attendanceSum, long attendanceUnits, long commitmentsDoneSum, long commitmentsUnits) {

        /** No unit. */
        public static final Behaviour NONE = new Behaviour(0, 0, 0, 0);

        /** With one more unit's percentages, each null when the unit has none. */
        public Behaviour with(Integer attendance, Integer commitmentsDone) {
            return new Behaviour(
                    attendanceSum + (attendance == null ? 0 : attendance),
                    attendanceUnits + (attendance == null ? 0 : 1),
                    commitmentsDoneSum + (commitmentsDone == null ? 0 : commitmentsDone),
                    commitmentsUnits + (commitmentsDone == null ? 0 : 1));
        }

        /** The units' mean attendance, 0–100, or null when no unit has one. */
        public Double attendance() {
            return attendanceUnits == 0 ? null : (double) attendanceSum / attendanceUnits;
        }

        /** The units' mean percentage of commitments done, 0–100, or null when no unit has commitments. */
        public Double commitmentsDone() {
            return commitmentsUnits == 0 ? null : (double) commitmentsDoneSum / commitmentsUnits;
        }
    }

    public void load() {
        filter.settle(YearMonth.now(clock));
        UnitFacts.Start start = filter.getStart();
        int window = filter.getWindow();
        if (!"attendance".equals(measure)) {
            measure = "completion";
        }
        Set<Long> visible = oversight.unitsOverseenBy(currentUser.getPerson());
        YearMonth[] year = Dashboard.lastYear(YearMonth.now(clock));
        List<Dashboard.Row> rows =
                dashboard.rows(visible, null, YearMonth.now(clock).minusMonths(23), year[1], start, window);
        List<UnitFacts> facts = rows.stream().map(Dashboard.Row::facts).toList();
        summary = BeforeAfter.summarize(facts, start, window, YearMonth.now(clock));
        training = new ArrayList<>();
        pulse = new ArrayList<>();
        behaviour = Behaviour.NONE;
        rowsByUnit = new HashMap<>();
        for (Dashboard.Row row : rows) {
            rowsByUnit.put(row.getUnit().getId(), row);
            Double change = row.getChange();
            Integer x = "attendance".equals(measure)
                    ? row.attendance()
                    : row.facts().staffCompletion();
            if (change != null && x != null) {
                training.add(new Point(row.getUnit().getName(), x, change));
            }
            NpsTally lastYear = row.facts().sum(year[0], year[1]).nps();
            if (row.enps() != null && lastYear.total() >= BeforeAfter.MIN_ANSWERS) {
                pulse.add(new Point(row.getUnit().getName(), row.enps(), lastYear.nps()));
            }
            behaviour = behaviour.with(row.attendance(), row.commitmentsDone());
        }
        learning = insights.learningByTrack(visible);
        workshopReaction = reactions.summaryOf(visible);
    }

    public Optional<Statistics.Correlation> pearson(List<Point> points) {
        return points.size() < MIN_UNITS ? Optional.empty() : Statistics.pearson(xs(points), ys(points));
    }

    public Optional<Statistics.Correlation> spearman(List<Point> points) {
        return points.size() < MIN_UNITS ? Optional.empty() : Statistics.spearman(xs(points), ys(points));
    }

    private static double[] xs(List<Point> points) {
        return points.stream().mapToDouble(Point::x).toArray();
    }

    private static double[] ys(List<Point> points) {
        return points.stream().mapToDouble(Point::y).toArray();
    }

    /** A Chart.js scatter of the points. */
    public String scatter(List<Point> points, String xTitle, String yTitle) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(p -> data.add(Json.createObjectBuilder().add("x", p.x()).add("y", Figures.nps(p.y()))));
        return Chart.scatter(language.text("insight.units"), data, xTitle, yTitle);
    }

    public String interval(Statistics.Interval interval) {
        return Figures.interval(interval.estimate(), interval.low(), interval.high(), 0, language.getLocale());
    }

    /**
     * The trained units' before/after table for the CSV and XLSX exports, one figure per column, rounded as on the
     * page, with each unit's training measures and pulse eNPS (empty where the pulse's anonymity threshold does not
     * hold, as on the dashboard). The export button's post does not run the view action, so the analyses are computed
     * here for the signed-in viewer's own units.
     */
    public Table getTable() {
        if (summary == null) {
            load();
        }
        List<List<Object>> table = new ArrayList<>();
        for (BeforeAfter.UnitChange u : summary.trained()) {
            Statistics.Interval change = u.change().orElse(null);
            Dashboard.Row row = rowsByUnit.get(u.unit().unit().getId());
            table.add(Arrays.asList(
                    u.unit().unit().getName(),
                    u.windows().start().toString(),
                    u.beforeN() == 0 ? null : Figures.nps(u.beforeNps()),
                    u.beforeN(),
                    u.afterN() == 0 ? null : Figures.nps(u.afterNps()),
                    u.afterN(),
                    change == null ? null : Figures.nps(change.estimate()),
                    change == null ? null : Figures.nps(change.low()),
                    change == null ? null : Figures.nps(change.high()),
                    u.unit().staffCompletion(),
                    row == null ? null : row.attendance(),
                    row == null ? null : Figures.nps(row.enps())));
        }
        return new Table(
                "kohtaamo-analyses",
                language.text("analyses.title"),
                List.of(
                        language.text("insight.unit"),
                        language.text("analyses.startedColumn"),
                        language.text("analyses.before"),
                        language.text("analyses.beforeN"),
                        language.text("analyses.after"),
                        language.text("analyses.afterN"),
                        language.text("insight.change"),
                        language.text("insight.changeLow"),
                        language.text("insight.changeHigh"),
                        language.text("insight.staffCompletion"),
                        language.text("insight.attendance"),
                        "eNPS"),
                table,
                "start=" + filter.getStart() + " window=" + filter.getWindow());
    }

    public String correlation(Statistics.Correlation c) {
        return String.format(
                language.getLocale(),
                "%.2f [%.2f; %.2f], p = %.3f, n = %d",
                c.coefficient(),
                c.low(),
                c.high(),
                c.pValue(),
                c.n());
    }

    public List<String> getTracks() {
        return List.copyOf(learning.keySet());
    }

    public UnitFacts.Start[] getStarts() {
        return UnitFacts.Start.values();
    }

    public int getMinUnits() {
        return MIN_UNITS;
    }
}
