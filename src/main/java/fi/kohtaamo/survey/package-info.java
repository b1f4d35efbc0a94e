/**
 * Satisfaction data: customer responses per unit (NPS 0–10, CSAT 1–5, comments), however they arrive, and the
 * per-unit monthly results HR and supervisors read, with honest margins of error.
 */
package fi.kohtaamo.survey;
