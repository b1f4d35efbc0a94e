/**
 * Learning records: when a learning record store is configured, every learning event (a module started, a step or a
 * module completed, a quiz answered, a workshop attended, a commitment done) becomes an xAPI statement, queued in the
 * transaction of the event and sent to the store by one node of the cluster until the store has it.
 */
package fi.kohtaamo.xapi;
