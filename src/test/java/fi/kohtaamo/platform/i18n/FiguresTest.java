package fi.kohtaamo.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    @Test
    void npsRoundsHalvesAwayFromZeroToWholeNumbers() {
        assertThat(Figures.nps(6.5)).isEqualByComparingTo("7");
        assertThat(Figures.nps(-6.5)).isEqualByComparingTo("-7");
        assertThat(Figures.nps(6.49)).isEqualByComparingTo("6");
        assertThat(Figures.nps(100.0 * 13 / 200)).as("13 net promoters of 200").isEqualByComparingTo("7");
        assertThat(Figures.nps(-0.4)).isEqualByComparingTo("0");
        assertThat(Figures.nps(-0.4).scale()).isZero();
    }

    @Test
    void csatRoundsHalvesAwayFromZeroToOneDecimalEvenWhereTheDoubleIsJustBelow() {
        assertThat(new BigDecimal(81 / 20.0))
                .as("the double of 4.05 lies just below it")
                .isLessThan(new BigDecimal("4.05"));
        assertThat(Figures.csat(81 / 20.0)).isEqualTo(new BigDecimal("4.1"));
        assertThat(Figures.csat(4.04)).isEqualTo(new BigDecimal("4.0"));
        assertThat(Figures.csat(4.15)).isEqualTo(new BigDecimal("4.2"));
        assertThat(Figures.csat(4.0)).isEqualTo(new BigDecimal("4.0"));
    }

    @Test
    void nothingToShowIsNullAndADash() {
        assertThat(Figures.nps(null)).isNull();
        assertThat(Figures.nps(Double.NaN)).isNull();
        assertThat(Figures.csat(Double.POSITIVE_INFINITY)).isNull();
        assertThat(Figures.text(null, FINNISH)).isEqualTo("–");
    }

    @Test
    void textIsWrittenInTheReadersLanguageWithTheRoundedDecimals() {
        assertThat(Figures.text(Figures.csat(81 / 20.0), FINNISH)).isEqualTo("4,1");
        assertThat(Figures.text(Figures.csat(81 / 20.0), ENGLISH)).isEqualTo("4.1");
        assertThat(Figures.text(Figures.csat(4.0), ENGLISH)).isEqualTo("4.0");
        assertThat(Figures.text(Figures.nps(-6.5), ENGLISH)).isEqualTo("-7");
        assertThat(Figures.text(Figures.nps(1234.0), ENGLISH)).isEqualTo("1234");
    }

    @Test
    void intervalsCarryTheSignOfTheRoundedEstimate() {
        assertThat(Figures.interval(4.5, -1.5, 10.5, 0, ENGLISH)).isEqualTo("+5 [-2; 11]");
        assertThat(Figures.interval(-4.5, -10.2, 1.2, 0, ENGLISH)).isEqualTo("-5 [-10; 1]");
        assertThat(Figures.interval(-0.2, -3.0, 2.6, 0, ENGLISH)).isEqualTo("+0 [-3; 3]");
    }
}
