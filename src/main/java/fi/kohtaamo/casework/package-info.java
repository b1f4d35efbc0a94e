/**
 * Closing the loop on every detractor: a case for the unit's supervisor per detractor (NPS 0–6) with a comment, taken
 * from new through acknowledged and contacted to resolved with a note and a root cause, optionally as a coaching moment
 * (a module assigned to the staff involved) or a team commitment. It also keeps the customer's contact details, only
 * until the case is resolved or 30 days old.
 */
package fi.kohtaamo.casework;
