package fi.kohtaamo.content.entity;

import java.util.Locale;

/** Whether a comment praises or complains about one of its themes. */
public enum Sentiment {
    PRAISE,
    COMPLAINT;

    /** The id stored rows and filters use, e.g. {@code praise}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** +1 for praise, −1 for a complaint. */
    public int sign() {
        return this == PRAISE ? 1 : -1;
    }
}
