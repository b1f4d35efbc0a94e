package fi.kohtaamo.survey.entity;

/** How the customer met the unit. */
public enum Channel {
    VISIT,
    PHONE,
    ONLINE,
    OTHER
}
