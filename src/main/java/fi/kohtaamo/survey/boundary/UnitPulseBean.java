package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.platform.export.Table;
import fi.kohtaamo.platform.i18n.Figures;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.pulse.control.Pulses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pulse part of a unit's customer results as the CSV and XLSX exports hold it: one row per round the page lists,
 * with the same figures rounded as on the page, or, where the page withholds them, only the reason in the same words.
 * The rows are {@link UnitResultsBean#getPulse}'s, read through {@link Pulses#reading}, so a group the page hides
 * stays hidden here, and the viewer's oversight of the unit is checked as for the page.
 */
@Named
@RequestScoped
public class UnitPulseBean {

    @Inject
    UnitResultsBean results;

    @Inject
    Language language;

    public Table getTable() {
        if (results.getPulse() == null) {
            // the export button's post does not run the view action
            results.load();
        }
        List<Factor> factors = results.getFactors();
        List<String> headers = new ArrayList<>(List.of(
                language.text("results.pulseRound"),
                language.text("results.pulseEnds"),
                language.text("results.pulseWithheld"),
                "n",
                "eNPS"));
        factors.forEach(factor -> headers.add(language.text(factor.messageKey())));
        headers.add(language.text("results.pulseComments"));
        List<List<Object>> rows = new ArrayList<>();
        for (Pulses.Reading row : results.getPulse()) {
            List<Object> cells = new ArrayList<>(
                    Arrays.asList(row.round().getTitle(), row.round().getEndsOn(), reason(row), null, null));
            if (row.result().isPresent()) {
                Pulses.GroupResult result = row.result().get();
                cells.set(3, result.answers());
                cells.set(4, Figures.nps(result.enps()));
                result.factorMeans().forEach(mean -> cells.add(Figures.csat(mean)));
                cells.add(String.join("\n", result.comments()));
            } else {
                factors.forEach(factor -> cells.add(null));
                cells.add(null);
            }
            rows.add(cells);
        }
        return new Table(
                "kohtaamo-pulse-" + results.getUnit().getCode(),
                language.text("results.pulse"),
                headers,
                rows,
                "unit=" + results.getUnit().getCode());
    }

    /** Why the row's figures are withheld, in the page's words, or null when they are shown. */
    private String reason(Pulses.Reading row) {
        if (row.withheld() == null) {
            return null;
        }
        return switch (row.withheld()) {
            case ROUND_OPEN ->
                language.text("pulse.withheldOpen") + " "
                        + row.round()
                                .getEndsOn()
                                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                        .withLocale(language.getLocale()))
                        + ".";
            case TOO_FEW -> language.text("pulse.withheldTooFew", row.round().getThreshold());
            case PROTECTS_SMALLER -> language.text("pulse.withheldProtects");
        };
    }
}
