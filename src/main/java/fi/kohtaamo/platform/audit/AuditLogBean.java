package fi.kohtaamo.platform.audit;

import fi.kohtaamo.platform.export.Table;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The audit log page for HR and administrators: events paged and filtered in the database, newest first unless
 * sorted otherwise, and the filtered events as a CSV file. The filters are the page's query parameters, so a filtered
 * view can be bookmarked or sent to a colleague.
 */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

    /** The most events one CSV download holds; the page says so when a filter matches more. */
    public static final int CSV_LIMIT = 50_000;

    @Inject
    AuditLog audit;

    @Inject
    Language language;

    @Getter
    @Setter
    private LocalDate from;

    @Getter
    @Setter
    private LocalDate to;

    @Size(max = 80, message = "{field.tooLong}")
    @Getter
    @Setter
    private String actor;

    @Getter
    @Setter
    private AuditAction action;

    @Size(max = 200, message = "{field.tooLong}")
    @Getter
    @Setter
    private String text;

    private final LazyDataModel<AuditEvent> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter()));
        }

        @Override
        public List<AuditEvent> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            boolean newestFirst = sortBy.values().stream().noneMatch(sort -> sort.getOrder() == SortOrder.ASCENDING);
            return audit.find(filter(), first, pageSize, newestFirst);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }

        @Override
        public AuditEvent getRowData(String rowKey) {
            return null;
        }
    };

    /** Checks the period once the query parameters are in. */
    public void load() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.addGlobalError(language.text("audit.periodInvalid"));
            to = null;
        }
    }

    /** Shows the log with the filters chosen, as a bookmarkable address. */
    public String apply() {
        return "/audit/log?faces-redirect=true&includeViewParams=true";
    }

    AuditFilter filter() {
        return new AuditFilter(from, to, actor, action, text);
    }

    /**
     * The filtered events for the CSV export; the audit log records the download ({@link fi.kohtaamo.platform.export.Exported}) with the
     * filters in force.
     */
    public Table getTable() {
        List<List<Object>> rows = audit.find(filter(), 0, CSV_LIMIT, true).stream()
                .map(e -> Arrays.<Object>asList(
                        e.getAt().withNano(0),
                        e.getActorUsername(),
                        e.getAction().name(),
                        actionLabel(e.getAction()),
                        e.getTargetType(),
                        e.getTargetId(),
                        e.getTargetLabel(),
                        e.getUnitId(),
                        e.getDetail(),
                        e.getClientAddress()))
                .toList();
        List<String> headers = List.of(
                language.text("audit.at"),
                language.text("audit.actor"),
                language.text("audit.actionCode"),
                language.text("audit.action"),
                language.text("audit.targetType"),
                language.text("audit.targetId"),
                language.text("audit.target"),
                language.text("audit.unitId"),
                language.text("audit.detail"),
                language.text("audit.address"));
        return new Table("kohtaamo-audit-log", language.text("audit.title"), headers, rows, describe());
    }

    /** The filters in force, for the audit record of a download. */
    private String describe() {
        return "from=" + from + " to=" + to + " actor=" + actor + " action=" + action + " text=" + text;
    }

    public String actionLabel(AuditAction value) {
        return language.text("audit.action." + value.name());
    }

    public LazyDataModel<AuditEvent> getModel() {
        return model;
    }

    /** Newest first until the user sorts otherwise. */
    public SortMeta getDefaultSort() {
        return SortMeta.builder().field("at").order(SortOrder.DESCENDING).build();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }
}
