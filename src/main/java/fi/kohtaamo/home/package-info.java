/**
 * Each role's landing page after sign-in: the employee's own overview, the supervisor's units and team, and the
 * organisation overview for HR and administrators. Later features add their cards here.
 */
package fi.kohtaamo.home;
