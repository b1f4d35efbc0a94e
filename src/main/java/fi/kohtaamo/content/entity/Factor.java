package fi.kohtaamo.content.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The six internal factors the customer sees (the six-internal-factors module), in the order a pulse round asks about
 * them: statements {@code 2i} and {@code 2i + 1} measure the factor of ordinal {@code i}, and results list their means
 * in this order. Content files, the database and exports carry a factor by its {@link #id()}; pages show it by its
 * {@link #messageKey()}, e.g. {@code #{msg[factor.messageKey()]}}.
 */
public enum Factor {
    COMMUNICATION,
    WORKLOAD,
    COMPETENCE,
    LEADERSHIP,
    TOOLS,
    PROCESSES;

    /** The id that content files and stored rows use: the name in lower case, e.g. {@code tools}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its name in the message bundles, e.g. {@code factor.tools}. */
    public String messageKey() {
        return "factor." + id();
    }

    /** Every factor's id, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Factor::id).toList();
    }

    /**
     * @throws IllegalArgumentException for an id that names no factor
     */
    public static Factor of(String id) {
        return Arrays.stream(values())
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown factor \"" + id + "\": use one of " + ids()));
    }
}
