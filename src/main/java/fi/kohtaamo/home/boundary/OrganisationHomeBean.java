package fi.kohtaamo.home.boundary;

import fi.kohtaamo.organisation.control.UnitSummary;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.UnitKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;

/** The organisation at a glance, for HR's and the administrator's home pages. */
@Named
@RequestScoped
public class OrganisationHomeBean {

    @Inject
    Units units;

    private List<UnitSummary> summaries;

    @Getter
    private long regionCount;

    @Getter
    private long staffCount;

    @PostConstruct
    void load() {
        summaries = units.summaries(units.allIds());
        regionCount =
                units.all().stream().filter(u -> u.getKind() == UnitKind.REGION).count();
        staffCount = units.activeStaffCounts().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    public List<UnitSummary> getUnits() {
        return summaries;
    }
}
