package fi.kohtaamo.survey.entity;

/** How the response reached Kohtaamo. */
public enum Source {
    IMPORT,
    API,
    SURVEY
}
