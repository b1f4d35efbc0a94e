/**
 * Workshops: supervisors run facilitated sessions with their own staff from shared guides, record who came and
 * what the team commits to, and follow the commitments up. HR sees the coverage across units.
 */
package fi.kohtaamo.workshop;
