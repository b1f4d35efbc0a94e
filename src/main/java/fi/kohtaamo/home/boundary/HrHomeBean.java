package fi.kohtaamo.home.boundary;

import fi.kohtaamo.home.control.Attention;
import fi.kohtaamo.home.control.OrganisationOverview;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.stats.NpsCalculator;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.platform.web.Chart;
import fi.kohtaamo.pulse.entity.PulseRound;
import fi.kohtaamo.survey.entity.SurveyImport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;

/**
 * HR's home page: the organisation at a glance (coverage, the NPS trend for the organisation and its regions), the
 * units that need attention with their reasons, and the imports and pulse rounds under way. Everything is read once
 * per request, for the units HR oversees ({@link Oversight}).
 */
@Named
@RequestScoped
public class HrHomeBean {

    /** Attention items shown before the rest are folded away. */
    public static final int SHORT_LIST = 8;

    /** Colours of the regions' lines, after the organisation's own NPS colour; they repeat after the last. */
    private static final List<String> REGION_COLOURS =
            List.of("#7c3aed", "#b45309", "#15803d", "#be185d", "#1d4ed8", "#4d7c0f");

    @Inject
    OrganisationOverview overview;

    @Inject
    Oversight oversight;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Getter
    private OrganisationOverview.Overview organisation;

    @Getter
    private List<SurveyImport> runningImports;

    @Getter
    private List<PulseRound> openRounds;

    @Getter
    private String chart;

    @PostConstruct
    void load() {
        organisation = overview.overview(oversight.unitsOverseenBy(currentUser.getPerson()));
        runningImports = overview.runningImports();
        openRounds = overview.openPulseRounds();
        chart = chart(organisation.trend());
    }

    public OrganisationOverview.Coverage getCoverage() {
        return organisation.coverage();
    }

    /** The first {@link #SHORT_LIST} units that need attention, those with the most reasons first. */
    public List<OrganisationOverview.UnitNeed> getAttention() {
        List<OrganisationOverview.UnitNeed> all = organisation.attention();
        return all.subList(0, Math.min(SHORT_LIST, all.size()));
    }

    /** The other units that need attention, after the short list. */
    public List<OrganisationOverview.UnitNeed> getMoreAttention() {
        List<OrganisationOverview.UnitNeed> all = organisation.attention();
        return all.size() <= SHORT_LIST ? List.of() : all.subList(SHORT_LIST, all.size());
    }

    /** One reason a unit needs attention, in the reader's language with the unit's figures. */
    public String reason(OrganisationOverview.UnitNeed need, Attention.Reason reason) {
        return switch (reason) {
            case NPS_FALLING ->
                language.text(
                        "home.hr.reason.npsFalling", Figures.text(Figures.nps(need.npsFall()), language.getLocale()));
            case MANY_OVERDUE -> language.text("home.hr.reason.overdue", need.overdue(), need.staff());
            case NO_WORKSHOP -> language.text("home.hr.reason.noWorkshop", Attention.WORKSHOP_DAYS);
            case NOT_COACHED -> language.text("home.hr.reason.notCoached");
        };
    }

    /** The organisation's latest month of the trend with enough answers for a chart point, or null. */
    public NpsTally getLatestOrganisation() {
        List<NpsTally> months = organisation.trend().organisation();
        for (int i = months.size() - 1; i >= 0; i--) {
            if (months.get(i).chartable()) {
                return months.get(i);
            }
        }
        return null;
    }

    public boolean isTrendEmpty() {
        return getLatestOrganisation() == null;
    }

    public int getMinChartAnswers() {
        return NpsCalculator.MIN_CHART_ANSWERS;
    }

    public int getWorkshopDays() {
        return Attention.WORKSHOP_DAYS;
    }

    private String chart(OrganisationOverview.Trend trend) {
        Chart chart = Chart.overMonths(trend.months())
                .nps(language.text("results.chartLow"), language.text("results.chartHigh"), trend.organisation());
        int colour = 0;
        for (OrganisationOverview.RegionTrend region : trend.regions()) {
            List<Double> points = new ArrayList<>();
            for (NpsTally month : region.months()) {
                points.add(month.chartable() ? month.nps() : null);
            }
            chart.add(Chart.line(
                            region.region().getName(),
                            Chart.values(points.stream().map(Figures::nps).toList()),
                            REGION_COLOURS.get(colour++ % REGION_COLOURS.size()),
                            "y")
                    .add(
                            "borderDash",
                            jakarta.json.Json.createArrayBuilder().add(6).add(3)));
        }
        return chart.axis("y", "NPS", -100, 100, "left").toJson();
    }
}
