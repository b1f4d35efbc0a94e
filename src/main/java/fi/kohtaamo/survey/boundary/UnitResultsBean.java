package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.platform.security.CurrentUser;
import fi.kohtaamo.survey.control.UnitResults;
import fi.kohtaamo.survey.entity.CustomerResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A unit's customer results: month by month over two years (responses, promoters, passives, detractors, NPS with its
 * margin of error, CSAT) and the latest comments. Supervisors see only the units they oversee; HR any unit.
 */
@Named
@RequestScoped
public class UnitResultsBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    Oversight oversight;

    @Inject
    Units units;

    @Inject
    UnitResults results;

    private Long unitId;
    private Unit unit;
    private List<UnitResults.Month> months;
    private List<CustomerResponse> comments;
    private List<Unit> unitOptions;

    public void load() {
        Person viewer = currentUser.getPerson();
        Set<Long> overseen = oversight.unitsOverseenBy(viewer);
        unitOptions = units.all().stream()
                .filter(u -> overseen.contains(u.getId()) && u.getKind() != UnitKind.ORGANISATION)
                .toList();
        if (unitId == null) {
            unitId = viewer.getSupervisedUnits().stream()
                    .map(Unit::getId)
                    .findFirst()
                    .orElse(unitOptions.isEmpty() ? null : unitOptions.get(0).getId());
        }
        if (unitId == null) {
            throw new AccessDenied("No unit to show");
        }
        oversight.requireOversees(viewer, unitId);
        unit = units.find(unitId).orElseThrow();
        Set<Long> scope = units.withDescendants(List.of(unitId));
        months = results.monthly(scope, LocalDate.now().minusMonths(23));
        comments = results.latestComments(scope, 20);
    }

    public String apply() {
        return "/survey/results?faces-redirect=true&includeViewParams=true";
    }

    public int getTotal() {
        return months.stream().mapToInt(UnitResults.Month::responses).sum();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Unit getUnit() {
        return unit;
    }

    public List<UnitResults.Month> getMonths() {
        return months;
    }

    public List<CustomerResponse> getComments() {
        return comments;
    }

    public List<Unit> getUnitOptions() {
        return unitOptions;
    }
}
