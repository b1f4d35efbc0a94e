package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.export.Table;
import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.stats.NpsCalculator;
import fi.kohtaamo.platform.web.Chart;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.survey.control.CommentThemes;
import fi.kohtaamo.survey.control.ThemeShares;
import fi.kohtaamo.survey.control.UnitResults;
import fi.kohtaamo.survey.entity.CustomerResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;

/**
 * A unit's (or a region's, or the whole organisation's) customer results: month by month over a period (two years
 * unless {@link ResultsPeriod} says otherwise; responses,
 * promoters, passives, detractors, NPS with its margin of error, CSAT) as a chart and a table, the latest comments, and
 * the unit's pulse results from closed rounds where {@link Pulses#reading} shows them. Supervisors see only the units they oversee; HR any.
 * The comments are shown with their themes, of the period and the chosen theme and sentiment, and {@link
 * UnitCommentsBean} downloads them under the same filters. Every filter is a view parameter, so a link reproduces the
 * view.
 */
@Named
@RequestScoped
public class UnitResultsBean {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Units units;

    @Inject
    UnitResults results;

    @Inject
    Pulses pulses;

    @Inject
    Language language;

    @Inject
    CommentThemes commentThemes;

    @Inject
    ThemeShares themeShares;

    /** The comments shown are those of this theme, when one is chosen. */
    @Getter
    @Setter
    private Theme theme;

    /** … and of this sentiment, when one is chosen. */
    @Getter
    @Setter
    private Sentiment sentiment;

    /** The themes of the last three whole months' comments against the three months before. */
    @Getter
    private ThemeShares.Reading themeReading;

    /** The period asked for: {@link ResultsPeriod} reads the three view parameters. */
    @Getter
    @Setter
    private String months;

    @Getter
    @Setter
    private String from;

    @Getter
    @Setter
    private String to;

    /** The months shown, read from the view parameters in {@link #load}. */
    @Getter
    private ResultsPeriod period;

    /** The units whose results are shown: the unit and those below it. */
    @Getter
    private Set<Long> scope;

    @Getter
    @Setter
    private Long unitId;

    @Getter
    private Unit unit;

    @Getter
    private List<UnitResults.Month> monthly;

    @Getter
    private List<CustomerResponse> comments;

    @Getter
    private List<Unit> unitOptions;

    @Getter
    private List<Pulses.Reading> pulse;

    @Getter
    private int threshold;

    @Getter
    private long total;
    /**
     * The months as a Chart.js line chart: NPS with its 95 % band on the left axis (−100…100), CSAT on the right
     * (1…5). The table below it holds the same numbers for those who do not read charts. Built once per request.
     */
    @Getter(lazy = true)
    private final String chart = chart();

    public void load() {
        Oversight.Scope oversightScope = oversight.scope(currentUser.getPerson(), unitId);
        unitOptions = oversightScope.options();
        unit = oversightScope.required();
        unitId = unit.getId();
        scope = oversightScope.unitIds();
        period = ResultsPeriod.read(months, from, to, YearMonth.now(clock));
        monthly = results.monthly(scope, period.first(), period.last());
        comments = results.comments(scope, period.first(), period.last(), theme, sentiment, 20);
        themeReading = themeShares.read(scope, LocalDate.now(clock), ThemeShares.MONTHS);
        pulse = pulses.rounds().stream()
                .filter(round ->
                        units.withDescendants(round.getUnitIds()).stream().anyMatch(scope::contains))
                .limit(4)
                .map(round -> pulses.reading(round, unit))
                .toList();
        threshold = pulses.threshold();
        total = monthly.stream().mapToLong(m -> m.tally().total()).sum();
    }

    /** The pulse's factors, each once, in the order of its statements. */
    public List<Factor> getFactors() {
        return List.of(Factor.values());
    }

    private String chart() {
        return Chart.overMonths(monthly.stream().map(UnitResults.Month::month).toList())
                .nps(
                        language.text("results.chartLow"),
                        language.text("results.chartHigh"),
                        monthly.stream().map(UnitResults.Month::tally).toList())
                .csat(monthly.stream().map(UnitResults.Month::csat).toList())
                .axis("y", "NPS", -100, 100, "left")
                .toJson();
    }

    /**
     * The months as the CSV and XLSX exports hold them: the table on the page, one figure per column, rounded as on
     * the page, checked again for this viewer: the export button's post does not run the view action, so the unit
     * from the view parameter is loaded (and its oversight checked) here.
     */
    public Table getTable() {
        if (monthly == null) {
            load();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (UnitResults.Month m : monthly) {
            rows.add(Arrays.asList(
                    m.month(),
                    m.tally().total(),
                    m.tally().promoters(),
                    m.tally().passives(),
                    m.tally().detractors(),
                    Figures.nps(m.tally().nps()),
                    Figures.nps(m.tally().margin()),
                    Figures.csat(m.csat())));
        }
        return new Table(
                "kohtaamo-results-" + unit.getCode(),
                language.text("results.title"),
                List.of(
                        language.text("results.month"),
                        "n",
                        language.text("results.promoters"),
                        language.text("results.passives"),
                        language.text("results.detractors"),
                        "NPS",
                        language.text("results.marginColumn"),
                        "CSAT"),
                rows,
                filters());
    }

    /** The filters the page and its exports were read with, as the exports note them. */
    String filters() {
        return "unit=" + unit.getCode() + " months=" + period.first().toString().substring(0, 7) + ".."
                + period.last().toString().substring(0, 7)
                + (theme == null ? "" : " theme=" + theme.id())
                + (sentiment == null ? "" : " sentiment=" + sentiment.id());
    }

    /** The lengths of period offered, in months. */
    public List<Integer> getLengths() {
        return ResultsPeriod.LENGTHS;
    }

    /** The message of what is wrong with a month of the custom period, or null. */
    public String getFromError() {
        return period == null || period.fromError() == null ? null : language.text(period.fromError());
    }

    public String getToError() {
        return period == null || period.toError() == null ? null : language.text(period.toError());
    }

    /** The first month of the custom period as its field shows it: as typed, else the first month shown. */
    public String getFromValue() {
        return from != null ? from : period.first().toString().substring(0, 7);
    }

    public String getToValue() {
        return to != null ? to : period.last().toString().substring(0, 7);
    }

    /** The months shown, named: "tammikuu 2026 – kesäkuu 2026". */
    public String getPeriodLabel() {
        return monthLabel(period.first()) + " – " + monthLabel(period.last());
    }

    /** A month as the page names it, e.g. "syyskuu 2026" or "September 2026". */
    public String monthLabel(LocalDate month) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()));
    }

    /** The theme's name in the reader's language. */
    public String themeName(Theme theme) {
        return commentThemes.name(theme, language.getLocale());
    }

    public List<Theme> getThemes() {
        return List.of(Theme.values());
    }

    public List<Sentiment> getSentiments() {
        return List.of(Sentiment.values());
    }

    public int getMinThemeComments() {
        return ThemeShares.MIN_COMMENTS;
    }

    /** A comment's themes as the page shows them: the theme's name, and its sentiment where the comment shows one. */
    public List<String> themesOf(CustomerResponse response) {
        Locale locale = language.getLocale();
        return response.getThemes().stream()
                .map(theme -> commentThemes.name(theme.theme(), locale)
                        + (theme.sentiment() == null
                                ? ""
                                : ": "
                                        + language.text(
                                                "themes." + theme.sentiment().id())))
                .toList();
    }

    public int getMinChartAnswers() {
        return NpsCalculator.MIN_CHART_ANSWERS;
    }

    /**
     * The months shown whose NPS is uncertain (fewer than {@link NpsCalculator#MIN_CHART_ANSWERS} answers), by name:
     * gaps in the chart, named beside it for those who do not see it; empty when there are none.
     */
    public String getUncertainMonths() {
        return monthly.stream()
                .filter(m -> !m.tally().chartable())
                .map(m -> monthLabel(m.month()))
                .collect(Collectors.joining(", "));
    }
}
