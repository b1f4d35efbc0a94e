package fi.kohtaamo.casework.entity;

import java.util.Locale;

/** Where a detractor case stands; it moves only forward, one step at a time. */
public enum CaseState {
    NEW,
    ACKNOWLEDGED,
    CONTACTED,
    RESOLVED;

    /** The key of its name in the message bundles, e.g. {@code case.state.new}. */
    public String messageKey() {
        return "case.state." + name().toLowerCase(Locale.ROOT);
    }

    /** Whether the case still waits for the supervisor. */
    public boolean isOpen() {
        return this != RESOLVED;
    }

    /** The state that follows this one, or null after {@link #RESOLVED}. */
    public CaseState next() {
        return this == RESOLVED ? null : values()[ordinal() + 1];
    }
}
