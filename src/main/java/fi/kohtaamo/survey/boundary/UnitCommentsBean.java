package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.platform.export.Table;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.survey.control.UnitResults;
import fi.kohtaamo.survey.entity.CommentTheme;
import fi.kohtaamo.survey.entity.CustomerResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The customer comments of Customer results as a download (CSV and XLSX): every comment of the units, the period,
 * the theme and the sentiment the page shows, newest first, with the columns {@code answered_at}, {@code nps}, {@code csat}, {@code channel},
 * {@code comment} and {@code themes} (theme ids joined by {@code |}). The units are {@link UnitResultsBean}'s, so the
 * viewer's oversight is checked as for the page and a supervisor downloads only the comments the page shows them.
 */
@Named
@RequestScoped
public class UnitCommentsBean {

    @Inject
    UnitResultsBean results;

    @Inject
    UnitResults unitResults;

    @Inject
    Language language;

    public Table getTable() {
        if (results.getMonthly() == null) {
            // the export button's post does not run the view action
            results.load();
        }
        List<List<Object>> rows = new ArrayList<>();
        ResultsPeriod period = results.getPeriod();
        for (CustomerResponse r : unitResults.comments(
                results.getScope(), period.first(), period.last(), results.getTheme(), results.getSentiment(), 0)) {
            rows.add(Arrays.asList(
                    r.getAnsweredAt(),
                    r.getNps(),
                    r.getCsat(),
                    r.getChannel().name().toLowerCase(Locale.ROOT),
                    r.getComment(),
                    r.getThemes().stream()
                            .map(CommentTheme::theme)
                            .sorted()
                            .map(theme -> theme.id())
                            .collect(Collectors.joining("|"))));
        }
        return new Table(
                "kohtaamo-comments-" + results.getUnit().getCode(),
                language.text("results.commentsExportTitle"),
                List.of("answered_at", "nps", "csat", "channel", "comment", "themes"),
                rows,
                results.filters());
    }
}
