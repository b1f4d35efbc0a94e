/**
 * Mail: every message is written to an outbox in the same transaction as what caused it, then delivered through the
 * configured Jakarta Mail server and retried until it goes; with no server configured it waits in the outbox.
 */
package fi.kohtaamo.notification;
