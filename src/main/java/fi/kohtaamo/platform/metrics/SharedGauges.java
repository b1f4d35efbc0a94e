package fi.kohtaamo.platform.metrics;

import java.util.List;

/**
 * A feature's part of {@code /metrics} that is the same on every node because it is read from the database when
 * scraped (e.g. the outbox backlog). Each feature that has such figures implements this as a CDI bean;
 * {@link MetricsServlet} reads them all, and answers {@code kohtaamo_database_up 0} without any of them when one
 * fails, so the kernel knows no feature's tables.
 */
public interface SharedGauges {

    /** The feature's gauges now; throws when the database does not answer. */
    List<Gauge> read();

    /** One gauge without labels: its Prometheus name, its help text and its value. */
    record Gauge(String name, String help, double value) {}
}
