/**
 * Employee pulse surveys: short rounds in which staff rate the six internal factors the customer sees, and how
 * likely they are to recommend their workplace (eNPS). Answers are anonymous and shown only for groups large enough.
 */
package fi.kohtaamo.pulse;
