package fi.kohtaamo.insight.boundary;

import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.insight.control.BeforeAfter;
import fi.kohtaamo.insight.control.CustomerTally;
import fi.kohtaamo.insight.control.Insights;
import fi.kohtaamo.insight.control.UnitAdvice;
import fi.kohtaamo.insight.control.UnitFacts;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.stats.NpsCalculator;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.platform.web.Chart;
import fi.kohtaamo.pulse.control.Pulses;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.survey.control.CommentThemes;
import fi.kohtaamo.survey.control.ThemeShares;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.entity.Commitment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Faces;

/**
 * One unit in depth: two years of NPS (with its 95 % band) and CSAT beside the staff-track completion, with the
 * months that had workshops marked; the before/after change; the team's commitments; and the weakest internal factors
 * from the latest pulse (where the anonymity threshold holds), each with the modules and workshop guides that work on
 * it; what the customers' comments are about, theme by theme, as on the customer results page; and, from all of that,
 * what the unit should work on next ({@link UnitAdvice}).
 */
@Named
@RequestScoped
public class InsightUnitBean {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Sessions sessions;

    @Inject
    Insights insights;

    @Inject
    Pulses pulses;

    @Inject
    Curriculum curriculum;

    @Inject
    Language language;

    @Inject
    ThemeShares themeShares;

    @Inject
    CommentThemes commentThemes;

    @Inject
    UnitAdvice unitAdvice;

    @Getter
    @Setter
    private Long unitId;

    @Getter
    private UnitFacts facts;

    @Getter
    private Optional<BeforeAfter.UnitChange> change = Optional.empty();

    @Getter
    private List<Commitment> commitments = List.of();

    @Getter
    private List<Weakness> weaknesses = List.of();

    private Set<YearMonth> workshopMonths = Set.of();

    @Getter
    private PulseRound pulseRound;

    @Getter
    private List<UnitFacts> teams = List.of();

    @Getter
    private int threshold;

    /** The themes of the last three whole months' comments of the unit and those below it, against the three before. */
    @Getter
    private ThemeShares.Reading themeReading;

    /** What the unit should work on next, from all the evidence above. */
    @Getter
    private UnitAdvice.Shown advice;

    /**
     * Chart.js line chart: NPS with its band (left axis), CSAT and staff-track completion % (right axes), and a
     * triangle on the NPS line for each month with a workshop.
     */
    @Getter(lazy = true)
    private final String chart = chart();

    /** The chart's months, oldest first; built once per request. */
    @Getter(lazy = true)
    private final List<ChartMonth> chartMonths = chartMonths();

    /** A weak internal factor, its mean (1–5), and what addresses it. */
    public record Weakness(Factor factor, double mean, List<String> modules, List<String> guides) {}

    public void load() throws IOException {
        Oversight.Scope scope = oversight.scope(currentUser.getPerson(), unitId);
        unitId = scope.required().getId();
        threshold = pulses.threshold();
        List<UnitFacts> found = insights.facts(Set.of(unitId));
        if (found.isEmpty()) {
            Faces.responseSendError(404, "No such unit");
            return;
        }
        facts = found.get(0);
        YearMonth start = facts.trainingStart(UnitFacts.Start.FIRST_WORKSHOP);
        change = Optional.ofNullable(start)
                .flatMap(s -> BeforeAfter.windows(s, 6, BeforeAfter.currentMonth(clock)))
                .map(w -> BeforeAfter.change(facts, w));
        commitments = sessions.commitmentsIn(scope.unitIds());
        workshopMonths = sessions.monthsWithWorkshops(scope.unitIds());
        weaknesses = weaknesses();
        teams = insights.teamFacts(unitId);
        themeReading = themeShares.read(scope.unitIds(), LocalDate.now(clock), ThemeShares.MONTHS);
        advice = unitAdvice.shown(scope.required(), scope.unitIds(), language.getLocale(), language::text);
    }

    /** A month as the theme table names it, e.g. "syyskuu 2026" or "September 2026". */
    public String monthLabel(LocalDate month) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()));
    }

    /** The theme's name in the reader's language. */
    public String themeName(Theme theme) {
        return commentThemes.name(theme, language.getLocale());
    }

    public int getMinThemeComments() {
        return ThemeShares.MIN_COMMENTS;
    }

    /** A team's NPS over the last twelve months with its margin and n, or a dash without answers. */
    public String teamNps(UnitFacts team) {
        NpsTally year = team.sum(YearMonth.now(clock).minusMonths(11), YearMonth.now(clock))
                .nps();
        if (year.total() < 2) {
            return "– (n = " + year.total() + ")";
        }
        return Figures.text(Figures.nps(year.nps()), language.getLocale()) + " ± "
                + Figures.text(Figures.nps(year.margin()), language.getLocale())
                + " (n = " + year.total() + ")";
    }

    private List<Weakness> weaknesses() {
        for (PulseRound round : pulses.rounds()) {
            Optional<Pulses.GroupResult> result =
                    pulses.reading(round, facts.unit()).result();
            if (result.isEmpty()) {
                continue;
            }
            pulseRound = round;
            List<Weakness> all = new ArrayList<>();
            var catalogue = curriculum.catalogue();
            for (Factor factor : Factor.values()) {
                all.add(new Weakness(
                        factor,
                        result.get().factorMeans().get(factor.ordinal()),
                        catalogue.modules().values().stream()
                                .filter(m -> m.factors().contains(factor))
                                .map(m -> m.title().in(language.getLocale()))
                                .sorted()
                                .toList(),
                        catalogue.guides().values().stream()
                                .filter(g -> g.factors().contains(factor))
                                .map(g -> g.title().in(language.getLocale()))
                                .sorted()
                                .toList()));
            }
            all.sort(Comparator.comparingDouble(Weakness::mean));
            return all.subList(0, 2);
        }
        return List.of();
    }

    /** One month of the chart, as its table alternative shows it. */
    public record ChartMonth(YearMonth month, CustomerTally answers, Integer staffCompletion, boolean workshop) {}

    private List<ChartMonth> chartMonths() {
        if (facts == null) {
            // A post from the page (signing out) restores it without loading the unit.
            return List.of();
        }
        YearMonth now = YearMonth.now(clock);
        return UnitFacts.range(now.minusMonths(23), now).stream()
                .map(month -> new ChartMonth(
                        month, facts.sum(month, month), facts.staffCompletionAt(month), workshopMonths.contains(month)))
                .toList();
    }

    /**
     * The chart's months whose NPS is uncertain (fewer than {@link NpsCalculator#MIN_CHART_ANSWERS} answers), by name:
     * gaps in the chart, named beside it for those who do not see it; empty when there are none.
     */
    public String getUncertainMonths() {
        return getChartMonths().stream()
                .filter(m -> !m.answers().nps().chartable())
                .map(m -> monthLabel(m.month().atDay(1)))
                .collect(Collectors.joining(", "));
    }

    private String chart() {
        List<ChartMonth> months = getChartMonths();
        List<NpsTally> tallies = months.stream().map(m -> m.answers().nps()).toList();
        JsonArrayBuilder workshops = Json.createArrayBuilder();
        for (ChartMonth m : months) {
            if (m.workshop()) {
                // on the line where the month has a point, on the zero line where it is uncertain
                workshops.add(
                        m.answers().nps().chartable()
                                ? Figures.nps(m.answers().nps().nps())
                                : BigDecimal.ZERO);
            } else {
                workshops.addNull();
            }
        }
        return Chart.overMonths(months.stream().map(ChartMonth::month).toList())
                .nps(language.text("results.chartLow"), language.text("results.chartHigh"), tallies)
                .add(Chart.line(language.text("insight.workshopHeld"), workshops, "#7b1fa2", "y")
                        .add("showLine", false)
                        .add("pointStyle", "triangle")
                        .add("pointRadius", 8))
                .csat(months.stream().map(m -> m.answers().csat()).toList())
                .add(Chart.line(
                                language.text("insight.staffCompletion"),
                                Chart.values(months.stream()
                                        .map(ChartMonth::staffCompletion)
                                        .toList()),
                                "#4b5563",
                                "y2")
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)))
                .axis("y", "NPS", -100, 100, "left")
                .axis("y2", "%", 0, 100, "right")
                .toJson();
    }

    public String interval(fi.kohtaamo.insight.control.Statistics.Interval interval) {
        return Figures.interval(interval.estimate(), interval.low(), interval.high(), 0, language.getLocale());
    }

    public int getMinChartAnswers() {
        return NpsCalculator.MIN_CHART_ANSWERS;
    }
}
