/**
 * Mail: every message is written to an outbox in the same transaction as what caused it, then delivered through the
 * configured Jakarta Mail server and retried until it goes; with no server configured it waits in the outbox. Each day
 * the reminder job asks the features that remind people (learning, workshops) what is due, and sends each reminder
 * once, in the recipient's language, unless they have turned reminders off.
 */
package fi.kohtaamo.notification;
