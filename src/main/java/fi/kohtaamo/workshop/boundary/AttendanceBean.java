package fi.kohtaamo.workshop.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.export.Table;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.i18n.ReaderZone;
import fi.kohtaamo.workshop.control.AttendanceOverview;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * Attendance across sessions ({@code /workshop/attendance}): one person's ({@code ?person=}) in every session, or one
 * unit's ({@code ?unit=}, by default the viewer's own) as people × sessions, {@value #SESSIONS_PER_PAGE} sessions a
 * page, newest first, with the states in words and a CSV export of all of them. Access is the oversight rule's.
 */
@Named
@ViewScoped
public class AttendanceBean implements Serializable {

    /** How many sessions the unit's table shows side by side. */
    public static final int SESSIONS_PER_PAGE = 6;

    /** The name of the CSV file, without its extension. */
    static final String EXPORT_NAME = "workshop-attendance";

    @Inject
    CurrentUser currentUser;

    @Inject
    AttendanceOverview overview;

    @Inject
    Oversight oversight;

    @Inject
    Language language;

    @Inject
    ReaderZone readerZone;

    @Getter
    @Setter
    private Long person;

    @Getter
    @Setter
    private Long unit;

    /** The page of the unit's sessions, 0 for the newest. */
    @Getter
    @Setter
    private int page;

    /** A session of the unit whose page to show, when linked from that session. */
    @Getter
    @Setter
    private Long session;

    @Getter
    private Person shownPerson;

    @Getter
    private List<AttendanceOverview.Entry> entries = List.of();

    @Getter
    private AttendanceOverview.Grid grid;

    @Getter
    private List<Unit> unitOptions = List.of();

    public void load() {
        Person viewer = currentUser.getPerson();
        if (person != null) {
            shownPerson = overview.person(viewer, person);
            entries = overview.ofPerson(viewer, person);
            return;
        }
        Oversight.Scope scope = oversight.scope(viewer, unit);
        unitOptions = scope.options();
        grid = overview.ofUnit(viewer, scope.required().getId());
        unit = grid.unit().getId();
        List<Long> ids = grid.sessions().stream().map(WorkshopSession::getId).toList();
        if (session != null && ids.contains(session)) {
            page = ids.indexOf(session) / SESSIONS_PER_PAGE;
        }
        page = Math.max(0, Math.min(page, getPages() - 1));
    }

    /** Shows the unit chosen, from its newest sessions. */
    public String show() {
        return "/workshop/attendance?faces-redirect=true&unit=" + unit;
    }

    /** The sessions of the page shown. */
    public List<WorkshopSession> getPageSessions() {
        List<WorkshopSession> all = grid.sessions();
        int from = Math.min(all.size(), page * SESSIONS_PER_PAGE);
        return all.subList(from, Math.min(all.size(), from + SESSIONS_PER_PAGE));
    }

    public int getPages() {
        return Math.max(1, (grid.sessions().size() + SESSIONS_PER_PAGE - 1) / SESSIONS_PER_PAGE);
    }

    public String stateText(String state) {
        return language.text("attendance." + state);
    }

    public String guideTitle(WorkshopSession session) {
        return session.getGuide().getHeading().getTitle().in(language.getLocale());
    }

    /**
     * What the CSV export holds: the person's sessions, or the unit's whole table (every session, not only the page
     * shown).
     */
    public Table getTable() {
        return shownPerson != null ? personTable() : unitTable();
    }

    private Table unitTable() {
        List<String> headers = new ArrayList<>();
        headers.add(language.text("person.name"));
        for (WorkshopSession session : grid.sessions()) {
            headers.add(guideTitle(session) + " "
                    + readerZone.shown(session.getStartsAt()).toLocalDate());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AttendanceOverview.Row row : grid.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.person().getFullName());
            grid.sessions().forEach(s -> cells.add(stateText(row.in(s))));
            rows.add(cells);
        }
        return new Table(EXPORT_NAME, grid.unit().getName(), headers, rows, "unit=" + unit);
    }

    private Table personTable() {
        List<String> headers = List.of(
                language.text("workshop.date"),
                language.text("workshop.guide"),
                language.text("person.unit"),
                language.text("attendance.state"),
                language.text("attendance.reason"));
        List<List<Object>> rows = new ArrayList<>();
        for (AttendanceOverview.Entry entry : entries) {
            rows.add(java.util.Arrays.asList(
                    readerZone.shown(entry.session().getStartsAt()).toLocalDate(),
                    guideTitle(entry.session()),
                    entry.session().getUnit().getName(),
                    stateText(entry.state()),
                    entry.reason()));
        }
        return new Table(
                "attendance-person-" + shownPerson.getId(),
                shownPerson.getFullName(),
                headers,
                rows,
                "person=" + person);
    }
}
