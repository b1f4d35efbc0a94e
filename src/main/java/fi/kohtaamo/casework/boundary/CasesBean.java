package fi.kohtaamo.casework.boundary;

import fi.kohtaamo.casework.control.DetractorCases;
import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.DetractorCase;
import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/**
 * The supervisor's detractor cases: those of the units they oversee (or of one of them, {@code ?unit=}, checked by
 * {@link Oversight#scope}), open ones by default or those of one state ({@code ?state=}), oldest first, a page of
 * {@link #PAGE_SIZE} at a time ({@code ?page=}). Filters and page are in the address, so a view can be linked and
 * the back button works.
 */
@Named
@RequestScoped
public class CasesBean {

    /** Cases per page. */
    public static final int PAGE_SIZE = 20;

    /** The state filter that shows every case not resolved (the default). */
    static final String OPEN = "open";

    /** The state filter that shows every case. */
    static final String ALL = "all";

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    DetractorCases cases;

    @Inject
    Clock clock;

    @Getter
    @Setter
    private Long unitId;

    @Getter
    @Setter
    private String state;

    @Getter
    @Setter
    private Integer page;

    @Getter
    private List<Unit> unitOptions = List.of();

    @Getter
    private DetractorCases.Page shown = new DetractorCases.Page(List.of(), 0);

    private LocalDateTime now;

    public void load() {
        Person viewer = currentUser.getPerson();
        Oversight.Scope scope = oversight.scope(viewer, unitId);
        unitOptions = scope.options();
        Set<Long> unitIds = unitId == null ? scope.overseen() : scope.unitIds();
        if (state == null || !(state.equals(ALL) || state.equals(OPEN) || stateNamed(state) != null)) {
            state = OPEN;
        }
        if (page == null || page < 1) {
            page = 1;
        }
        now = LocalDateTime.now(clock);
        shown = cases.list(unitIds, states(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (shown.cases().isEmpty() && page > 1 && shown.total() > 0) {
            page = getPages();
            shown = cases.list(unitIds, states(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
    }

    private Set<CaseState> states() {
        return switch (state) {
            case ALL -> EnumSet.allOf(CaseState.class);
            case OPEN -> EnumSet.of(CaseState.NEW, CaseState.ACKNOWLEDGED, CaseState.CONTACTED);
            default -> EnumSet.of(stateNamed(state));
        };
    }

    private static CaseState stateNamed(String name) {
        for (CaseState s : CaseState.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The state filter's choices in the address: open, each state, all. */
    public List<String> getStateOptions() {
        return List.of(OPEN, "new", "acknowledged", "contacted", "resolved", ALL);
    }

    /** The message key of a state filter choice. */
    public String stateLabel(String option) {
        return switch (option) {
            case OPEN -> "cases.filterOpen";
            case ALL -> "cases.filterAll";
            default -> stateNamed(option).messageKey();
        };
    }

    public int getPages() {
        return (int) Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Whole days since the case opened. */
    public long ageDays(DetractorCase c) {
        return Duration.between(c.getOpenedAt(), now).toDays();
    }

    /** Whether a case still new has passed its acknowledgement target. */
    public boolean overdue(DetractorCase c) {
        return c.getState() == CaseState.NEW && now.isAfter(c.getAcknowledgeBy());
    }

    public long getTargetHours() {
        return cases.acknowledgeTarget().toHours();
    }
}
