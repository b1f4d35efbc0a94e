/**
 * Kohtaamo's figures for a monitoring system: {@code /metrics} in Prometheus' text format, with sign-ins, imports, the
 * outbox, scheduled jobs and page times beside the JVM's own. Features report what happens to {@link
 * fi.kohtaamo.platform.metrics.Metrics}; the servlet reads it and the database when it is scraped.
 */
package fi.kohtaamo.platform.metrics;
