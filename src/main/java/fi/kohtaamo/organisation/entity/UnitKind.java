package fi.kohtaamo.organisation.entity;

/** The levels of the unit tree, top down. Each level may hang only under the levels it names. */
public enum UnitKind {
    ORGANISATION,
    REGION,
    UNIT,
    TEAM;

    /** Whether a unit of this kind may sit under a parent of the given kind ({@code null}: at the top). */
    public boolean mayHaveParent(UnitKind parent) {
        return switch (this) {
            case ORGANISATION -> parent == null;
            case REGION -> parent == ORGANISATION;
            case UNIT -> parent == ORGANISATION || parent == REGION;
            case TEAM -> parent == UNIT;
        };
    }
}
