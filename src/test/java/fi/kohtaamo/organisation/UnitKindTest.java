package fi.kohtaamo.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import org.junit.jupiter.api.Test;

class UnitKindTest {

    private final Unit company = new Unit("PP", "Company", UnitKind.ORGANISATION, null);
    private final Unit region = new Unit("R", "Region", UnitKind.REGION, company);

    @Test
    void theTreeGoesOrganisationRegionUnitTeam() {
        Unit unit = new Unit("U", "Unit", UnitKind.UNIT, region);
        Unit team = new Unit("T", "Team", UnitKind.TEAM, unit);

        assertThat(team.getParent()).isSameAs(unit);
        assertThat(unit.getParent()).isSameAs(region);
        assertThat(new Unit("HQ", "Head office", UnitKind.UNIT, company).getParent())
                .isSameAs(company);
    }

    @Test
    void aTeamCannotHangUnderARegionNorARegionAtTheTop() {
        assertThatThrownBy(() -> new Unit("T", "Team", UnitKind.TEAM, region))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TEAM cannot be placed under REGION");
        assertThatThrownBy(() -> new Unit("R2", "Region", UnitKind.REGION, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> region.moveUnder(region)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsOfferedUnderAParentAreTheOnesThatFit() {
        assertThat(Units.kindsUnder(null)).containsExactly(UnitKind.ORGANISATION);
        assertThat(Units.kindsUnder(UnitKind.ORGANISATION)).containsExactly(UnitKind.REGION, UnitKind.UNIT);
        assertThat(Units.kindsUnder(UnitKind.REGION)).containsExactly(UnitKind.UNIT);
        assertThat(Units.kindsUnder(UnitKind.TEAM)).isEmpty();
    }
}
