package fi.kohtaamo.content.entity;

/** Who a module or track is written for. */
public enum Audience {
    SUPERVISOR,
    EMPLOYEE,
    ALL
}
