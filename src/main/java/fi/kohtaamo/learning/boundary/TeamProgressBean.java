package fi.kohtaamo.learning.boundary;

import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.learning.control.LearningItem;
import fi.kohtaamo.learning.control.ShortTitles;
import fi.kohtaamo.learning.control.WorkshopRecords;
import fi.kohtaamo.learning.control.WorkshopRecords.Attendance;
import fi.kohtaamo.learning.entity.Status;
import fi.kohtaamo.learning.entity.TrainingModule;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.export.Table;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/**
 * The supervisor's team view: their people × the modules assigned to them, with status, date and score, and beside
 * them each person's workshop attendance; each name opens that person's own page ({@link PersonProgressBean}).
 * Supervisors see only the units they oversee; HR and administrators any unit. Filterable by module and status,
 * exportable. With many modules the columns carry short titles ({@link ShortTitles}, such as "E2"), each with its full
 * title for the pointer, the keyboard and screen readers, and listed below the table.
 */
@Named
@ViewScoped
public class TeamProgressBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    People people;

    @Inject
    Learners learners;

    @Inject
    WorkshopRecords workshops;

    @Inject
    Language language;

    @Getter
    @Setter
    private Long unitId;

    @Getter
    @Setter
    private String moduleFilter;

    @Getter
    @Setter
    private Status statusFilter;

    @Getter
    private List<Unit> unitOptions;

    /** The name of the unit shown, null when the viewer oversees none. */
    @Getter
    private String unitName;

    /** Every module assigned to someone in the unit: the columns before any filter. */
    @Getter
    private List<String> allColumns;

    private Map<String, String> columnTitles;
    private Map<String, String> shortTitles;
    private List<Row> rows;

    /** One person's line in the matrix: their modules and, beside them, their workshop attendance. */
    public record Row(Person person, Map<String, Cell> cells, Attendance attendance) implements Serializable {
        public Cell cell(String moduleId) {
            return cells.getOrDefault(moduleId, Cell.NONE);
        }
    }

    /** One person × module: status, and the completion (or due) date and quiz score when there are some. */
    public record Cell(Status status, LocalDate date, Integer score) implements Serializable {
        static final Cell NONE = new Cell(null, null, null);
    }

    /** Loads the matrix for the chosen unit (by default the first one the viewer oversees). */
    public void load() {
        Oversight.Scope scope = oversight.scope(currentUser.getPerson(), unitId);
        unitOptions = scope.options();
        if (scope.isEmpty()) {
            rows = List.of();
            allColumns = List.of();
            return;
        }
        unitId = scope.unit().getId();
        unitName = scope.unit().getName();
        List<Person> team = people.inUnits(scope.unitIds()).stream()
                .filter(Person::isActive)
                .toList();
        Map<Long, List<LearningItem>> items = learners.itemsFor(team, false);
        Map<String, TrainingModule> modules = learners.modules();
        Set<String> assigned = new LinkedHashSet<>();
        items.values().forEach(list -> list.forEach(i -> assigned.add(i.module().getId())));
        shortTitles = ShortTitles.of(
                learners.tracks(), assigned, modules, audience -> language.text("team.short." + audience));
        allColumns = List.copyOf(shortTitles.keySet());
        Map<Long, Attendance> attendance =
                workshops.attendance(team.stream().map(Person::getId).toList());
        columnTitles = new LinkedHashMap<>();
        allColumns.forEach(id ->
                columnTitles.put(id, modules.get(id).getHeading().getTitle().in(language.getLocale())));
        rows = new ArrayList<>();
        for (Person person : team) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (LearningItem item : items.getOrDefault(person.getId(), List.of())) {
                var progress = item.progress();
                cells.put(
                        item.module().getId(),
                        new Cell(
                                item.status(),
                                progress != null && progress.isCompleted()
                                        ? progress.getCompletedAt().toLocalDate()
                                        : item.getDue(),
                                progress == null ? null : progress.getQuizScore()));
            }
            rows.add(new Row(person, cells, attendance.getOrDefault(person.getId(), Attendance.NONE)));
        }
    }

    /** Shows the chosen unit and filters at their own, bookmarkable address. */
    public String apply() {
        if (moduleFilter != null && moduleFilter.isEmpty()) {
            moduleFilter = null;
        }
        return "/learning/team-progress?faces-redirect=true&includeViewParams=true";
    }

    /** The rows that pass the module and status filters. */
    public List<Row> getRows() {
        if (statusFilter == null) {
            return rows;
        }
        return rows.stream()
                .filter(row -> moduleFilter == null
                        ? row.cells().values().stream().anyMatch(c -> c.status() == statusFilter)
                        : row.cell(moduleFilter).status() == statusFilter)
                .toList();
    }

    /** The columns shown: every assigned module, or only the filtered one. */
    public List<String> getColumns() {
        return moduleFilter == null
                ? allColumns
                : allColumns.stream().filter(moduleFilter::equals).toList();
    }

    /** A module's full title, in the reader's language. */
    public String columnTitle(String moduleId) {
        return columnTitles.get(moduleId);
    }

    /** A module's short title for its column's header, such as "E2". */
    public String shortTitle(String moduleId) {
        return shortTitles.get(moduleId);
    }

    /** A person's workshops as their row shows them: "2 / 3 attended", or that they have not been invited. */
    public String attendanceText(Row row) {
        Attendance attendance = row.attendance();
        return attendance.invited() == 0
                ? language.text("team.noWorkshops")
                : language.text("team.attendedOf", attendance.attended(), attendance.invited());
    }

    /** A cell as the page shows it: "Completed 12.3.2026 (90 %)". */
    public String cellText(Row row, String moduleId) {
        Cell cell = row.cell(moduleId);
        if (cell.status() == null) {
            return "–";
        }
        StringBuilder text = new StringBuilder(language.text("status." + cell.status()));
        if (cell.date() != null) {
            text.append(' ')
                    .append(cell.date()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                                    .withLocale(language.getLocale())));
        }
        if (cell.score() != null && cell.status() == Status.COMPLETED) {
            text.append(" (").append(cell.score()).append(" %)");
        }
        return text.toString();
    }

    /**
     * The rows and columns shown, for the CSV and XLSX exports: per module the status, the date (completed, or due)
     * and the quiz score each in a column of its own, so a spreadsheet sorts dates as dates and sums scores.
     */
    public Table getTable() {
        List<String> headers = new ArrayList<>();
        headers.add(language.text("person.name"));
        headers.add(language.text("team.workshopsAttended"));
        headers.add(language.text("team.workshopsInvited"));
        headers.add(language.text("team.lastWorkshop"));
        for (String column : getColumns()) {
            headers.add(language.text("team.statusColumn", columnTitle(column)));
            headers.add(language.text("team.dateColumn", columnTitle(column)));
            headers.add(language.text("team.scoreColumn", columnTitle(column)));
        }
        List<List<Object>> table = new ArrayList<>();
        for (Row row : getRows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.person().getFullName());
            cells.add(row.attendance().attended());
            cells.add(row.attendance().invited());
            cells.add(row.attendance().lastAttended());
            for (String column : getColumns()) {
                Cell cell = row.cell(column);
                cells.add(cell.status() == null ? null : language.text("status." + cell.status()));
                cells.add(cell.date());
                cells.add(cell.status() == Status.COMPLETED ? cell.score() : null);
            }
            table.add(cells);
        }
        return new Table(
                "team-progress",
                language.text("team.title"),
                headers,
                table,
                "unit=" + unitId + " module=" + moduleFilter + " status=" + statusFilter);
    }

    public String statusOf(Row row, String moduleId) {
        Status status = row.cell(moduleId).status();
        return status == null ? "NONE" : status.name();
    }

    public Status[] getStatuses() {
        return Status.values();
    }
}
