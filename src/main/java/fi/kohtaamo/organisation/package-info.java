/**
 * The organisation Kohtaamo serves: its units as a tree (organisation, regions, units, teams) and its people with
 * their roles. It also answers the question every other feature asks: which units does this person oversee?
 */
package fi.kohtaamo.organisation;
