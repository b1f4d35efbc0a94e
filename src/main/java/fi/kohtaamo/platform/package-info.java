/**
 * Cross-cutting machinery every feature relies on: the database and its migrations, sign-in and roles, health
 * checks, languages, the web layer's error handling and the audit log. Features call into it; it never calls into a
 * feature.
 */
package fi.kohtaamo.platform;
