package fi.kohtaamo.organisation.entity;

/**
 * What a person may do in Kohtaamo. The names are the security roles that pages and endpoints declare. A supervisor
 * also leads one or more units; HR sees every unit; an administrator maintains the organisation.
 */
public enum Role {
    EMPLOYEE,
    SUPERVISOR,
    HR,
    ADMIN;

    /** The order in which a person's home page is chosen: the broadest role first. */
    public static final Role[] BY_REACH = {ADMIN, HR, SUPERVISOR, EMPLOYEE};
}
