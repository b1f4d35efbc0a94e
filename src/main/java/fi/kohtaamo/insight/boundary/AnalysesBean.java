package fi.kohtaamo.insight.boundary;

import fi.kohtaamo.insight.control.BeforeAfter;
import fi.kohtaamo.insight.control.Dashboard;
import fi.kohtaamo.insight.control.Insights;
import fi.kohtaamo.insight.control.LearningTally;
import fi.kohtaamo.insight.control.StaggeredEffect;
import fi.kohtaamo.insight.control.Statistics;
import fi.kohtaamo.insight.control.TrackOutcomes;
import fi.kohtaamo.insight.control.TrainingEffects;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;

/**
 * The insight analyses, each with its n, method and uncertainty in plain words: before/after per unit and across
 * units against a not-yet-trained comparison group; training's effect from the staggered rollout (difference in
 * differences with an event study, on NPS or CSAT); training against NPS change across units (Pearson and Spearman);
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

    @Inject
    TrainingEffects trainingEffects;

    /** The start of training and the before/after window, as on the dashboard; the period here is always 24 months. */
    @Getter
    private final DashboardFilter filter = new DashboardFilter();

    @Getter
    @Setter
    private String measure = "completion";

    @Getter
    private BeforeAfter.Summary summary;

    /** The outcome of the staggered-rollout effect; NPS when missing or unknown. */
    @Getter
    @Setter
    private String outcome = StaggeredEffect.Outcome.NPS.name();

    /** Training's effect from the staggered rollout, on {@link #outcome}. */
    @Getter
    private StaggeredEffect.Result effect;

    @Getter
    private List<Point> training = List.of();

    @Getter
    private List<Point> pulse = List.of();

    @Getter
    private Map<String, LearningTally> learning = Map.of();

    /** The key of {@link #outcomes} for the units that held workshops, beside the tracks' keys. */
    public static final String WORKSHOPS = "workshops";

    /** Kirkpatrick's third and fourth levels per track, over the units that took each track, and for workshops. */
    @Getter
    private Map<String, TrackOutcomes.Outcome> outcomes = Map.of();

    /** Level 1 for workshops: the attendees' answers to the one question after each session (#17). */
    @Getter
    private Reactions.Summary workshopReaction;

    private Map<Long, Dashboard.Row> rowsByUnit = Map.of();

    /** One unit in a scatter. */
    public record Point(String unit, double x, double y) {}

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
        effect = trainingEffects.estimate(facts, start, effectOutcome(), YearMonth.now(clock));
        training = new ArrayList<>();
        pulse = new ArrayList<>();
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
        }
        learning = insights.learningByTrack(visible);
        List<TrackOutcomes.UnitFigures> figures = rows.stream()
                .map(row -> new TrackOutcomes.UnitFigures(
                        row.getUnit().getId(), row.attendance(), row.commitmentsDone(), row.getChange()))
                .toList();
        Map<String, TrackOutcomes.Outcome> byTrack = new HashMap<>();
        Map<String, Set<Long>> taken = insights.unitsByTrack(visible);
        for (String track : learning.keySet()) {
            byTrack.put(track, TrackOutcomes.of(taken.getOrDefault(track, Set.of()), figures));
        }
        // The workshops' own levels 3 and 4: over the units that held a workshop with attendance recorded.
        byTrack.put(
                WORKSHOPS,
                TrackOutcomes.of(
                        figures.stream()
                                .filter(f -> f.attendance() != null)
                                .map(TrackOutcomes.UnitFigures::unitId)
                                .collect(Collectors.toSet()),
                        figures));
        outcomes = byTrack;
        workshopReaction = reactions.summaryOf(visible);
    }

    /** The outcome of the staggered-rollout effect, settled to NPS when the address names none we know. */
    private StaggeredEffect.Outcome effectOutcome() {
        StaggeredEffect.Outcome chosen = Arrays.stream(StaggeredEffect.Outcome.values())
                .filter(o -> o.name().equals(outcome))
                .findFirst()
                .orElse(StaggeredEffect.Outcome.NPS);
        outcome = chosen.name();
        return chosen;
    }

    public StaggeredEffect.Outcome[] getEffectOutcomes() {
        return StaggeredEffect.Outcome.values();
    }

    /** An effect with its interval in the outcome's points: whole NPS points, CSAT to two decimals. */
    public String effectInterval(Statistics.Interval interval) {
        return Figures.interval(interval.estimate(), interval.low(), interval.high(), decimals(), language.getLocale());
    }

    private int decimals() {
        return StaggeredEffect.Outcome.CSAT.name().equals(outcome) ? 2 : 0;
    }

    /**
     * The event study as a Chart.js line chart: the effect per month since the start with its 95 % band, a gap where
     * a month has too few units, and 0 at the base month; the axis symmetric around zero and wide enough for the band.
     */
    public String getEventChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        List<java.math.BigDecimal> estimates = new ArrayList<>();
        List<java.math.BigDecimal> lows = new ArrayList<>();
        List<java.math.BigDecimal> highs = new ArrayList<>();
        double widest = 0;
        for (StaggeredEffect.EventPoint point : effect.events()) {
            labels.add(point.event() > 0 ? "+" + point.event() : String.valueOf(point.event()));
            if (point.base()) {
                estimates.add(java.math.BigDecimal.ZERO);
                lows.add(java.math.BigDecimal.ZERO);
                highs.add(java.math.BigDecimal.ZERO);
            } else if (point.effect().isPresent()) {
                Statistics.Interval e = point.effect().get();
                estimates.add(Figures.round(e.estimate(), decimals()));
                lows.add(Figures.round(e.low(), decimals()));
                highs.add(Figures.round(e.high(), decimals()));
                widest = Math.max(widest, Math.max(Math.abs(e.low()), Math.abs(e.high())));
            } else {
                estimates.add(null);
                lows.add(null);
                highs.add(null);
            }
        }
        boolean csat = decimals() > 0;
        int bound = csat ? Math.max(1, (int) Math.ceil(widest)) : Math.max(10, 10 * (int) Math.ceil(widest / 10));
        return new Chart(labels)
                .add(Chart.line(language.text("did.low"), Chart.values(lows), Chart.BAND, "y")
                        .add("pointRadius", 0))
                .add(Chart.line(language.text("did.high"), Chart.values(highs), Chart.BAND, "y")
                        .add("pointRadius", 0)
                        .add("fill", "-1"))
                .add(Chart.line(language.text("did.effect"), Chart.values(estimates), Chart.NPS, "y")
                        .add("spanGaps", false))
                .axis("y", language.text("did.effectAxis." + outcome), -bound, bound, "left")
                .axis("x", language.text("did.monthsSince"))
                .toJson();
    }

    /** A mean percentage with its interval, "72 % [65; 79]", the interval kept within 0–100. */
    public String percentInterval(Statistics.Interval interval) {
        Locale locale = language.getLocale();
        return Figures.text(Figures.round(interval.estimate(), 0), locale) + " % ["
                + Figures.text(Figures.round(Math.max(0, interval.low()), 0), locale) + "; "
                + Figures.text(Figures.round(Math.min(100, interval.high()), 0), locale) + "]";
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

    public int getEffectMinUnits() {
        return StaggeredEffect.MIN_UNITS;
    }

    public int getEffectMinMonthAnswers() {
        return StaggeredEffect.MIN_MONTH_ANSWERS;
    }

    public int getEffectReplications() {
        return StaggeredEffect.REPLICATIONS;
    }
}
