package fi.kohtaamo.insight.boundary;

import fi.kohtaamo.insight.control.BeforeAfter;
import fi.kohtaamo.insight.control.Dashboard;
import fi.kohtaamo.insight.control.Insights;
import fi.kohtaamo.insight.control.Statistics;
import fi.kohtaamo.insight.control.UnitFacts;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.platform.audit.AuditTarget;
import fi.kohtaamo.platform.export.PdfReport;
import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.ReaderZone;
import fi.kohtaamo.platform.stats.NpsCalculator;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.survey.control.CommentThemes;
import fi.kohtaamo.survey.control.ThemeShares;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.awt.Color;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Faces;

/**
 * The dashboard (or, with {@code unit}, one unit's page) as a PDF for a management meeting: the same filters and the
 * same figures as on screen, with the charts drawn in (and, for a unit, what its customers' comments are about). Supervisors get only their own units; a unit they do not
 * oversee is refused like its page.
 */
@Named
@RequestScoped
public class InsightPdfBean {

    @Inject
    Clock clock;

    @Inject
    ReaderZone readerZone;

    @Inject
    Dashboard dashboard;

    @Inject
    Insights insights;

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Language language;

    @Inject
    AuditLog audit;

    @Inject
    ThemeShares themeShares;

    @Inject
    CommentThemes commentThemes;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @Getter
    @Setter
    private Long unit;

    @Getter
    private final DashboardFilter filter = new DashboardFilter();

    public void send() throws IOException {
        Set<Long> visible = oversight.unitsOverseenBy(currentUser.getPerson());
        byte[] pdf;
        if (unit != null) {
            oversight.requireOversees(currentUser.getPerson(), unit);
            List<UnitFacts> facts = insights.facts(Set.of(unit));
            if (facts.isEmpty()) {
                Faces.responseSendError(404, "No such unit");
                return;
            }
            pdf = unitReport(
                    facts.get(0),
                    themeShares.read(
                            oversight.scope(currentUser.getPerson(), unit).unitIds(),
                            LocalDate.now(clock),
                            ThemeShares.MONTHS));
        } else {
            pdf = dashboardReport(visible);
        }
        audit.record(
                AuditAction.EXPORTED, AuditTarget.of("export", unit, unit == null ? "insight" : "insight unit"), "pdf");
        Faces.sendFile(pdf, unit == null ? "kohtaamo-insight.pdf" : "kohtaamo-unit-" + unit + ".pdf", true);
    }

    private byte[] dashboardReport(Set<Long> visible) {
        List<Dashboard.Row> rows = filter.rows(dashboard, visible, YearMonth.now(clock));
        YearMonth first = filter.first();
        YearMonth last = filter.last();
        Locale locale = language.getLocale();
        PdfReport report = new PdfReport(language.text("insight.title"))
                .paragraph(first + " – " + last + " · " + language.text("insight.startMeasure") + ": "
                        + language.text("insight.start." + filter.getStart()) + " · " + generated())
                .paragraph(language.text("insight.help"));
        List<List<String>> table = new ArrayList<>();
        for (Dashboard.Row row : rows) {
            table.add(List.of(
                    row.getUnit().getName(),
                    row.getRegion(),
                    percent(row.facts().staffCompletion()),
                    row.facts().supervisorTrackDone() == null
                            ? language.text("insight.no")
                            : language.text("insight.yes"),
                    row.workshops() + (row.attendance() == null ? "" : " (" + row.attendance() + " %)"),
                    row.nps() == null
                            ? "–"
                            : nps(row.nps()) + (row.margin() == null ? "" : " ± " + nps(row.margin())) + " (n = "
                                    + row.responses() + ")",
                    row.change()
                            .flatMap(BeforeAfter.UnitChange::change)
                            .map(this::interval)
                            .orElse(
                                    row.change().isPresent()
                                            ? language.text("insight.notEnoughData")
                                            : language.text("insight.notTrained")),
                    row.csat() == null ? "–" : Figures.text(Figures.csat(row.csat()), locale),
                    row.enps() == null
                            ? language.text("insight.belowThreshold")
                            : "eNPS " + nps(row.enps()) + ", "
                                    + language.text(row.weakestFactor().messageKey())));
        }
        report.heading(language.text("results.title") + ": " + language.text("insight.units"));
        List<String> labels = new ArrayList<>();
        NpsLine nps = new NpsLine();
        List<UnitFacts> facts = rows.stream().map(Dashboard.Row::facts).toList();
        for (YearMonth m : UnitFacts.range(first, last)) {
            NpsTally sum = NpsTally.EMPTY;
            for (UnitFacts f : facts) {
                sum = sum.plus(f.sum(m, m).nps());
            }
            labels.add(m.format(MONTH));
            nps.add(sum);
        }
        report.lineChart(labels, -100, 100, nps.series());
        report.paragraph(language.text("insight.chartGaps", NpsCalculator.MIN_CHART_ANSWERS));
        report.heading(language.text("insight.units"))
                .table(
                        List.of(
                                language.text("insight.unit"),
                                language.text("insight.region"),
                                language.text("insight.staffCompletion"),
                                language.text("insight.supervisorTrack"),
                                language.text("insight.workshopsAttendance"),
                                "NPS ± 95 % (n)",
                                language.text("insight.change"),
                                "CSAT",
                                language.text("insight.pulse")),
                        new float[] {120, 75, 55, 55, 65, 90, 115, 35, 160},
                        table)
                .paragraph(language.text("insight.changeHelp"));
        return report.bytes();
    }

    private byte[] unitReport(UnitFacts facts, ThemeShares.Reading themes) {
        PdfReport report =
                new PdfReport(facts.unit().getName() + " – " + language.text("insight.title")).paragraph(generated());
        List<String> labels = new ArrayList<>();
        NpsLine nps = new NpsLine();
        List<Double> completion = new ArrayList<>();
        for (YearMonth m : UnitFacts.range(YearMonth.now(clock).minusMonths(23), YearMonth.now(clock))) {
            labels.add(m.format(MONTH));
            nps.add(facts.sum(m, m).nps());
            Integer done = facts.staffCompletionAt(m);
            completion.add(done == null ? null : done.doubleValue());
        }
        List<PdfReport.Series> series = new ArrayList<>(nps.series());
        series.add(new PdfReport.Series(
                language.text("insight.staffCompletion") + " (%)", completion, new Color(75, 85, 99), false));
        report.heading(language.text("insight.unitTrend"))
                .lineChart(labels, -100, 100, series)
                .paragraph(language.text("insight.chartGaps", NpsCalculator.MIN_CHART_ANSWERS));
        String change = Optional.ofNullable(facts.trainingStart(UnitFacts.Start.FIRST_WORKSHOP))
                .flatMap(s -> BeforeAfter.windows(s, 6, BeforeAfter.currentMonth(clock)))
                .map(w -> BeforeAfter.change(facts, w))
                .map(c -> c.change()
                        .map(i -> interval(i) + " (n = " + c.beforeN() + " / " + c.afterN() + ")")
                        .orElse(language.text("insight.notEnoughData")))
                .orElse(language.text("insight.notTrained"));
        report.table(
                        List.of(
                                language.text("insight.staff"),
                                language.text("insight.staffCompletion"),
                                language.text("insight.supervisorTrack"),
                                language.text("insight.firstWorkshop"),
                                language.text("insight.change")),
                        new float[] {80, 110, 110, 110, 300},
                        List.of(List.of(
                                String.valueOf(facts.staff()),
                                percent(facts.staffCompletion()),
                                facts.supervisorTrackDone() == null
                                        ? language.text("insight.no")
                                        : facts.supervisorTrackDone().toString(),
                                facts.firstWorkshop() == null
                                        ? "–"
                                        : facts.firstWorkshop().toString(),
                                change)))
                .paragraph(language.text("insight.changeHelp"));
        themeTable(report, themes);
        return report.bytes();
    }

    /** What the comments are about, as the unit page's theme table shows it. */
    private void themeTable(PdfReport report, ThemeShares.Reading themes) {
        Locale locale = language.getLocale();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        report.heading(language.text("themes.heading"))
                .paragraph(language.text(
                        "themes.helpPdf",
                        themes.period().from().format(month),
                        themes.period().to().minusDays(1).format(month),
                        themes.period().comments(),
                        themes.previous().comments()));
        String few = themes.period().few() ? " *" : "";
        String previousFew = themes.previous().few() ? " *" : "";
        List<List<String>> rows = new ArrayList<>();
        for (ThemeShares.Share share : themes.shares()) {
            Double change = themes.change(share);
            rows.add(List.of(
                    commentThemes.name(share.theme(), locale),
                    Figures.text(Figures.round(themes.percent(share), 0), locale) + " %" + few,
                    String.valueOf(share.count()),
                    String.valueOf(share.praise()),
                    String.valueOf(share.complaints()),
                    Figures.text(Figures.round(themes.previousPercent(share), 0), locale) + " %" + previousFew,
                    change == null
                            ? language.text("themes.uncertain")
                            : (change > 0 ? "+" : "") + nps(change) + " " + language.text("themes.points")));
        }
        report.table(
                List.of(
                        language.text("themes.theme"),
                        language.text("themes.share"),
                        "n",
                        language.text("themes.praiseColumn"),
                        language.text("themes.complaintColumn"),
                        language.text("themes.previous"),
                        language.text("themes.change")),
                new float[] {130, 60, 40, 60, 70, 90, 80},
                rows);
        if (themes.period().few() || themes.previous().few()) {
            report.paragraph(language.text("themes.few", ThemeShares.MIN_COMMENTS));
        }
    }

    /** Monthly NPS with its 95 % band, a gap where a month has too few answers to chart. */
    private static final class NpsLine {
        private final List<Double> nps = new ArrayList<>();
        private final List<Double> low = new ArrayList<>();
        private final List<Double> high = new ArrayList<>();

        void add(NpsTally month) {
            boolean shown = month.chartable();
            nps.add(shown ? month.nps() : null);
            low.add(shown ? Math.max(-100, month.nps() - month.margin()) : null);
            high.add(shown ? Math.min(100, month.nps() + month.margin()) : null);
        }

        List<PdfReport.Series> series() {
            return List.of(
                    new PdfReport.Series("95 %", low, Color.GRAY, true),
                    new PdfReport.Series("95 %", high, Color.GRAY, false),
                    new PdfReport.Series("NPS", nps, new Color(0, 105, 120), false));
        }
    }

    private String interval(Statistics.Interval interval) {
        return Figures.interval(interval.estimate(), interval.low(), interval.high(), 0, language.getLocale());
    }

    private String nps(Double value) {
        return Figures.text(Figures.nps(value), language.getLocale());
    }

    private String generated() {
        return readerZone
                .shown(LocalDateTime.now(clock))
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.getLocale()));
    }

    private static String percent(Integer value) {
        return value == null ? "–" : value + " %";
    }
}
