package fi.kohtaamo.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.DemoData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A feature's demo data loads beside the demo organisation only, never into a database that holds another one. */
class DemoOrganisationTest {

    private final DemoOrganisation demo = new DemoOrganisation();
    private final List<Random> loads = new ArrayList<>();

    @BeforeEach
    void demoModeOnAnEmptyTable() {
        demo.demoData = new DemoData() {
            @Override
            public void loadOnce(Class<?> entity, long seed, Consumer<Random> load) {
                load.accept(new Random(seed));
            }
        };
    }

    @Test
    void aFeatureLoadsBesideTheDemoOrganisation() {
        demo.units = unitsWith(DemoOrganisation.DEMO_UNIT_CODE);

        demo.loadOnce(Object.class, 42, loads::add);

        assertThat(loads).hasSize(1);
    }

    @Test
    void aFeatureLoadsNothingBesideAnotherOrganisation() {
        demo.units = unitsWith("OTHER-UNIT");

        demo.loadOnce(Object.class, 42, loads::add);

        assertThat(loads).isEmpty();
    }

    private static Units unitsWith(String code) {
        return new Units() {
            @Override
            public Optional<Unit> findByCode(String wanted) {
                return wanted.equals(code)
                        ? Optional.of(new Unit(code, code, UnitKind.ORGANISATION, null))
                        : Optional.empty();
            }
        };
    }
}
