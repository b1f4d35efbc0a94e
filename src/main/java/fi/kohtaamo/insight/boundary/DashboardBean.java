package fi.kohtaamo.insight.boundary;

import fi.kohtaamo.insight.control.BeforeAfter;
import fi.kohtaamo.insight.control.Dashboard;
import fi.kohtaamo.insight.control.Statistics;
import fi.kohtaamo.insight.control.UnitFacts;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.export.Spreadsheets;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The insight dashboard: every unit the viewer oversees (HR: all) with training beside customer and employee
 * satisfaction, filtered by region and period, sortable, with a year's NPS sparkline, exported as CSV or XLSX.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

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

    @Inject
    AuditLog audit;

    private final DashboardFilter filter = new DashboardFilter();
    /** Not replicated with the session (a row holds Optionals): a node that takes the view over computes it again. */
    private transient List<Dashboard.Row> rows;

    private List<Unit> regions;

    public void load() {
        Set<Long> visible = oversight.unitsOverseenBy(currentUser.getPerson());
        regions = units.all().stream()
                .filter(u -> u.getKind() == UnitKind.REGION && visible.contains(u.getId()))
                .toList();
        rows = filter.rows(dashboard, visible);
    }

    /** A year of monthly NPS as a small line (−100 at the bottom, +100 at the top); months without answers skipped. */
    public String sparkline(List<Double> values) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null) {
                points.append(i * 8)
                        .append(',')
                        .append(Math.round(24 - (v + 100) * 24 / 200.0))
                        .append(' ');
            }
        }
        return "<svg class=\"sparkline\" viewBox=\"0 0 88 24\" width=\"88\" height=\"24\" aria-hidden=\"true\""
                + " focusable=\"false\"><line x1=\"0\" y1=\"12\" x2=\"88\" y2=\"12\" class=\"sparkline-zero\"/>"
                + "<polyline fill=\"none\" points=\"" + points.toString().strip() + "\"/></svg>";
    }

    public String interval(Statistics.Interval interval) {
        return String.format(
                language.getLocale(), "%+.0f [%.0f; %.0f]", interval.estimate(), interval.low(), interval.high());
    }

    public StreamedContent getCsv() {
        audit.record(AuditAction.EXPORTED, AuditTarget.of("export", null, "insight dashboard"), "csv");
        return download("csv", "text/csv; charset=UTF-8", Spreadsheets.csv(headers(), table()));
    }

    public StreamedContent getXlsx() {
        audit.record(AuditAction.EXPORTED, AuditTarget.of("export", null, "insight dashboard"), "xlsx");
        return download(
                "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Spreadsheets.xlsx(language.text("insight.title"), headers(), table()));
    }

    private static StreamedContent download(String extension, String type, byte[] bytes) {
        return DefaultStreamedContent.builder().name("kohtaamo-insight." + extension).contentType(type).stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }

    private List<String> headers() {
        return Arrays.stream(new String[] {
                    "insight.unit",
                    "insight.region",
                    "insight.staff",
                    "insight.supervisorTrack",
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
    }

    private List<List<Object>> table() {
        List<List<Object>> table = new ArrayList<>();
        for (Dashboard.Row row : getRows()) {
            Statistics.Interval change =
                    row.change().flatMap(BeforeAfter.UnitChange::change).orElse(null);
            table.add(Arrays.asList(
                    row.getUnit().getName(),
                    row.getRegion(),
                    row.facts().staff(),
                    row.facts().supervisorTrackDone() == null
                            ? language.text("insight.no")
                            : row.facts().supervisorTrackDone().toString(),
                    row.facts().staffCompletion(),
                    row.workshops(),
                    row.attendance(),
                    row.commitmentsDone(),
                    row.responses(),
                    round(row.nps()),
                    round(row.margin()),
                    change == null ? null : round(change.estimate()),
                    change == null ? null : round(change.low()),
                    change == null ? null : round(change.high()),
                    row.csat() == null ? null : Math.round(row.csat() * 100) / 100.0,
                    round(row.enps()),
                    row.weakestFactor() == null ? null : language.text("factor." + row.weakestFactor())));
        }
        return table;
    }

    private static Long round(Double value) {
        return value == null || value.isNaN() ? null : Math.round(value);
    }

    public List<Dashboard.Row> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public List<Unit> getRegions() {
        return regions;
    }

    public DashboardFilter getFilter() {
        return filter;
    }

    public UnitFacts.Start[] getStarts() {
        return UnitFacts.Start.values();
    }

    public Locale getLocale() {
        return language.getLocale();
    }
}
