package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.export.Table;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.workshop.control.Coverage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/** HR's workshop coverage per unit, filtered by period and region, and the supervisor-track requirement switch. */
@Named
@ViewScoped
public class CoverageBean implements Serializable {

    @Inject
    Clock clock;

    @Inject
    Coverage coverage;

    @Inject
    Units units;

    @Inject
    Settings settings;

    @Inject
    Language language;

    @Getter
    @Setter
    private LocalDate from;

    @Getter
    @Setter
    private LocalDate to;

    @Getter
    @Setter
    private Long regionId;

    @Getter
    private List<Coverage.Row> rows;

    @Getter
    @Setter
    private boolean requireTrack;
    /** The regions to filter by, read once per visit. */
    private transient List<Unit> regions;

    /** The default period, before the address's own: from the first of the month a year ago until today. */
    @PostConstruct
    void defaults() {
        to = LocalDate.now(clock);
        from = to.minusMonths(12).withDayOfMonth(1);
    }

    public void load() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.addGlobalError(language.text("coverage.periodInvalid"));
            rows = List.of();
            return;
        }
        rows = coverage.rows(from, to, regionId, language.getLocale());
        requireTrack = settings.flag(Settings.REQUIRE_SUPERVISOR_TRACK);
    }

    public void saveRequirement() {
        settings.setFlag(Settings.REQUIRE_SUPERVISOR_TRACK, requireTrack);
        Messages.addGlobalInfo(language.text(requireTrack ? "coverage.requireOn" : "coverage.requireOff"));
    }

    public List<Unit> getRegions() {
        if (regions == null) {
            regions = units.all().stream()
                    .filter(u -> u.getKind() == UnitKind.REGION)
                    .toList();
        }
        return regions;
    }

    /** The rows shown, for the CSV and XLSX exports: the page's columns, attendance as a number of percent. */
    public Table getTable() {
        List<List<Object>> table = new ArrayList<>();
        for (Coverage.Row row : rows) {
            table.add(Arrays.asList(
                    row.unit().getName(),
                    row.region(),
                    row.held(),
                    row.guides(),
                    row.getAttendance(),
                    row.commitments(),
                    row.done()));
        }
        return new Table(
                "workshop-coverage",
                language.text("coverage.title"),
                List.of(
                        language.text("person.unit"),
                        language.text("unit.region"),
                        language.text("coverage.held"),
                        language.text("coverage.guides"),
                        language.text("coverage.attendance") + " %",
                        language.text("coverage.commitments"),
                        language.text("coverage.done")),
                table,
                "from=" + from + " to=" + to + " region=" + regionId);
    }
}
