package fi.kohtaamo.casework.entity;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.content.entity.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a customer was let down, as the supervisor judged it on resolving the case: one of the comment themes (what the
 * customer met) or one of the six internal factors (what lies behind it). Stored as {@code theme:waiting} or {@code
 * factor:tools}, see {@link #id()}.
 */
public record RootCause(Theme theme, Factor factor) {

    public RootCause {
        if ((theme == null) == (factor == null)) {
            throw new IllegalArgumentException("A root cause is one theme or one factor");
        }
    }

    public static RootCause of(Theme theme) {
        return new RootCause(theme, null);
    }

    public static RootCause of(Factor factor) {
        return new RootCause(null, factor);
    }

    /** The stored form, e.g. {@code theme:bounced} or {@code factor:processes}. */
    public String id() {
        return theme != null ? "theme:" + theme.id() : "factor:" + factor.id();
    }

    /** The root cause a stored id names; empty for null or an id that names none. */
    public static Optional<RootCause> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            if (id.startsWith("theme:")) {
                return Optional.of(of(Theme.of(id.substring("theme:".length()))));
            }
            if (id.startsWith("factor:")) {
                return Optional.of(of(Factor.of(id.substring("factor:".length()))));
            }
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Every root cause to choose from: the themes, then the factors. */
    public static List<RootCause> all() {
        List<RootCause> all = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            all.add(of(theme));
        }
        for (Factor factor : Factor.values()) {
            all.add(of(factor));
        }
        return all;
    }
}
