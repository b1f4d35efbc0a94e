package fi.kohtaamo.insight.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Kirkpatrick's behaviour level: the mean of the units' percentages, each over the units that have one. */
class AnalysesBehaviourTest {

    @Test
    void eachMeanIsOverTheUnitsThatHaveThatFigure() {
        AnalysesBean.Behaviour behaviour = AnalysesBean.Behaviour.NONE
                .with(80, 50)
                .with(60, null)
                .with(null, 25)
                .with(null, null);

        assertThat(behaviour).isEqualTo(new AnalysesBean.Behaviour(140, 2, 75, 2));
        assertThat(behaviour.attendance()).isEqualTo(70.0);
        assertThat(behaviour.commitmentsDone()).isEqualTo(37.5);
    }

    @Test
    void withoutUnitsThereIsNoMean() {
        assertThat(AnalysesBean.Behaviour.NONE.attendance()).isNull();
        assertThat(AnalysesBean.Behaviour.NONE.commitmentsDone()).isNull();
    }
}
