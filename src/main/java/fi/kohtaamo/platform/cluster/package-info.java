/**
 * Running on more than one server: leases in the database decide which node runs a background job, so that scheduled
 * work happens once in the cluster and a stopped node's work passes to another.
 */
package fi.kohtaamo.platform.cluster;
