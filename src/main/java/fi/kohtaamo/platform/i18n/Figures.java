package fi.kohtaamo.platform.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The one rounding rule for every figure Kohtaamo shows or exports: <strong>half away from zero</strong>, NPS and eNPS
 * (and their margins, changes and intervals) as whole numbers, CSAT and other 1–5 means to one decimal. A page, a CSV,
 * an XLSX and a PDF all round here, so the same figure reads the same everywhere (NPS 6.5 is 7, −6.5 is −7, CSAT 4.05
 * is 4.1). Rounding starts from the value's shortest decimal form ({@link BigDecimal#valueOf(double)}), so a mean such
 * as 81 / 20 rounds as the 4.05 it is, not as the binary 4.0499… a {@code double} holds.
 *
 * <p>Exports take the rounded {@link BigDecimal}s (a spreadsheet then holds real numbers); pages take the same figures
 * as text in the reader's language through {@link FigureText} ({@code #{figures.nps(row.nps())}}).
 *
 * <pre>{@code
 * BigDecimal nps = Figures.nps(row.nps());            // 7 for 6.5
 * String shown = Figures.text(nps, Locale.of("fi"));  // "7"
 * }</pre>
 */
public final class Figures {

    /** Shown where there is no figure. */
    public static final String NONE = "–";

    private Figures() {}

    /** The value rounded half away from zero to this many decimals, or null when there is none (null, NaN, ∞). */
    public static BigDecimal round(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** An NPS, eNPS, margin or change in NPS points: a whole number. */
    public static BigDecimal nps(Double value) {
        return round(value, 0);
    }

    /** A CSAT or another mean on a 1–5 scale: one decimal. */
    public static BigDecimal csat(Double value) {
        return round(value, 1);
    }

    /** The rounded value as the reader's language writes it (decimal comma in Finnish), or a dash. */
    public static String text(BigDecimal value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        return format.format(value);
    }

    /** A change with its interval, {@code +5 [1; 9]}, each rounded to this many decimals. */
    public static String interval(double estimate, double low, double high, int decimals, Locale locale) {
        BigDecimal value = round(estimate, decimals);
        return (value.signum() >= 0 ? "+" : "") + text(value, locale) + " [" + text(round(low, decimals), locale) + "; "
                + text(round(high, decimals), locale) + "]";
    }
}
