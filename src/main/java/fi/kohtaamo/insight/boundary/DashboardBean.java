package fi.kohtaamo.insight.boundary;

import fi.kohtaamo.insight.control.BeforeAfter;
import fi.kohtaamo.insight.control.Dashboard;
import fi.kohtaamo.insight.control.Statistics;
import fi.kohtaamo.insight.control.UnitFacts;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.export.Table;
import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import lombok.Getter;

/**
 * The insight dashboard: every unit the viewer oversees (HR: all) with training beside customer and employee
 * satisfaction, filtered by region and period, sortable, with a year's NPS sparkline, exported as CSV or XLSX
 * through {@link fi.kohtaamo.platform.export.Exports}.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    @Inject
    Clock clock;

    @Inject
    Dashboard dashboard;

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Units units;

    @Inject
    Language language;

    @Getter
    private final DashboardFilter filter = new DashboardFilter();
    /** Not replicated with the session (a row holds Optionals): a node that takes the view over computes it again. */
    private transient List<Dashboard.Row> rows;

    @Getter
    private List<Unit> regions;

    public void load() {
        Set<Long> visible = oversight.unitsOverseenBy(currentUser.getPerson());
        regions = units.all().stream()
                .filter(u -> u.getKind() == UnitKind.REGION && visible.contains(u.getId()))
                .toList();
        rows = filter.rows(dashboard, visible, YearMonth.now(clock));
    }

    /**
     * A year of monthly NPS as a small line (−100 at the bottom, +100 at the top); a month with too few answers
     * ({@link fi.kohtaamo.platform.stats.NpsCalculator#MIN_CHART_ANSWERS}) is a gap, a month alone between gaps a dot.
     */
    public String sparkline(List<Double> values) {
        StringBuilder shapes = new StringBuilder();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            Double v = i < values.size() ? values.get(i) : null;
            if (v != null) {
                run.add(i * 8 + "," + Math.round(24 - (v + 100) * 24 / 200.0));
                continue;
            }
            if (run.size() == 1) {
                String[] point = run.get(0).split(",");
                shapes.append("<circle cx=\"")
                        .append(point[0])
                        .append("\" cy=\"")
                        .append(point[1])
                        .append("\" r=\"1.5\"/>");
            } else if (run.size() > 1) {
                shapes.append("<polyline fill=\"none\" points=\"")
                        .append(String.join(" ", run))
                        .append("\"/>");
            }
            run.clear();
        }
        return "<svg class=\"sparkline\" viewBox=\"0 0 88 24\" width=\"88\" height=\"24\" aria-hidden=\"true\""
                + " focusable=\"false\"><line x1=\"0\" y1=\"12\" x2=\"88\" y2=\"12\" class=\"sparkline-zero\"/>"
                + shapes + "</svg>";
    }

    public String interval(Statistics.Interval interval) {
        return Figures.interval(interval.estimate(), interval.low(), interval.high(), 0, language.getLocale());
    }

    /** The rows as the CSV and XLSX exports hold them: the figures on screen, rounded the same way, one per column. */
    public Table getTable() {
        List<String> headers = Arrays.stream(new String[] {
                    "insight.unit",
                    "insight.region",
                    "insight.staff",
                    "insight.supervisorTrack",
                    "insight.supervisorTrackDate",
                    "insight.staffCompletion",
                    "insight.workshops",
                    "insight.attendance",
                    "insight.commitmentsDone",
                    "insight.responses",
                    "NPS",
                    "insight.margin",
                    "insight.change",
                    "insight.changeLow",
                    "insight.changeHigh",
                    "CSAT",
                    "eNPS",
                    "insight.weakest"
                })
                .map(key -> key.startsWith("insight.") ? language.text(key) : key)
                .toList();
        List<List<Object>> table = new ArrayList<>();
        for (Dashboard.Row row : getRows()) {
            Statistics.Interval change =
                    row.change().flatMap(BeforeAfter.UnitChange::change).orElse(null);
            table.add(Arrays.asList(
                    row.getUnit().getName(),
                    row.getRegion(),
                    row.facts().staff(),
                    language.text(row.facts().supervisorTrackDone() == null ? "insight.no" : "insight.yes"),
                    row.facts().supervisorTrackDone(),
                    row.facts().staffCompletion(),
                    row.workshops(),
                    row.attendance(),
                    row.commitmentsDone(),
                    row.responses(),
                    Figures.nps(row.nps()),
                    Figures.nps(row.margin()),
                    change == null ? null : Figures.nps(change.estimate()),
                    change == null ? null : Figures.nps(change.low()),
                    change == null ? null : Figures.nps(change.high()),
                    Figures.csat(row.csat()),
                    Figures.nps(row.enps()),
                    row.weakestFactor() == null
                            ? null
                            : language.text(row.weakestFactor().messageKey())));
        }
        return new Table(
                "kohtaamo-insight",
                language.text("insight.title"),
                headers,
                table,
                "from=" + filter.getFrom() + " to=" + filter.getTo() + " region=" + filter.getRegion());
    }

    public List<Dashboard.Row> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public UnitFacts.Start[] getStarts() {
        return UnitFacts.Start.values();
    }
}
