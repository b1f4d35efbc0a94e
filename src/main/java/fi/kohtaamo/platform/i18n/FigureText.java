package fi.kohtaamo.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@link Figures} for pages: a figure rounded by the one rule and written in the page's language, or a dash when there
 * is none. Use it instead of {@code f:convertNumber} (which rounds halves to even) for every NPS and CSAT on a page:
 *
 * <pre>{@code
 * <h:outputText value="#{figures.nps(row.nps())}"/>   <!-- "7", "−12" -->
 * <h:outputText value="#{figures.csat(row.csat())}"/> <!-- "4,1" in Finnish -->
 * }</pre>
 */
@Named("figures")
@RequestScoped
public class FigureText {

    @Inject
    Language language;

    /** An NPS, eNPS, margin or change in points: a whole number. */
    public String nps(Number value) {
        return Figures.text(Figures.nps(value == null ? null : value.doubleValue()), language.getLocale());
    }

    /** A CSAT or another 1–5 mean: one decimal. */
    public String csat(Number value) {
        return Figures.text(Figures.csat(value == null ? null : value.doubleValue()), language.getLocale());
    }

    /** A share in percent: a whole number. */
    public String percent(Number value) {
        return Figures.text(Figures.round(value == null ? null : value.doubleValue(), 0), language.getLocale());
    }
}
