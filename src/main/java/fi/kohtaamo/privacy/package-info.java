/**
 * Personal data: an administrator downloads everything Kohtaamo holds about a person, or erases the person when they
 * ask to be forgotten. Erasing replaces who they were with a pseudonym and keeps what they did, so units' figures
 * stay correct.
 */
package fi.kohtaamo.privacy;
