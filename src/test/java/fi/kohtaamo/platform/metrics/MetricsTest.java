package fi.kohtaamo.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private final Metrics metrics = new Metrics();

    @Test
    void pageTimesFillTheHistogramsBucketsUpToTheirBound() {
        metrics.pageAnswered("/home/hr.xhtml", 30_000_000L);
        metrics.pageAnswered("/home/hr.xhtml", 700_000_000L);

        Metrics.PageTimes times = metrics.pages().get("/home/hr.xhtml");
        assertThat(times.count.sum()).isEqualTo(2);
        assertThat(times.nanos.sum()).isEqualTo(730_000_000L);
        assertThat(times.buckets[0].sum()).as("≤ 0.025 s").isZero();
        assertThat(times.buckets[1].sum()).as("≤ 0.05 s").isEqualTo(1);
        assertThat(times.buckets[4].sum()).as("≤ 0.5 s").isEqualTo(1);
        assertThat(times.buckets[5].sum()).as("≤ 1 s").isEqualTo(2);
    }

    @Test
    void viewsBeyondTheLimitAreCountedTogetherSoMemoryStaysBounded() {
        for (int i = 0; i < Metrics.MAX_VIEWS + 50; i++) {
            metrics.pageAnswered("/view-" + i + ".xhtml", 1_000_000L);
        }
        metrics.pageAnswered("/view-0.xhtml", 1_000_000L);

        assertThat(metrics.pages()).hasSize(Metrics.MAX_VIEWS + 1);
        assertThat(metrics.pages().get(Metrics.OTHER_VIEWS).count.sum()).isEqualTo(50);
        assertThat(metrics.pages().get("/view-0.xhtml").count.sum())
                .as("a view already counted keeps its own line")
                .isEqualTo(2);
    }

    @Test
    void signInsLockOutsMailFailuresAndJobRunsAreCounted() {
        Instant now = Instant.parse("2026-12-02T08:00:00Z");
        metrics.clock = Clock.fixed(now, ZoneOffset.UTC);

        metrics.signedIn();
        metrics.signedIn();
        metrics.signInFailed();
        metrics.lockedOut();
        metrics.mailFailed();
        metrics.jobRan("mail-delivery");

        assertThat(metrics.signIns("success")).isEqualTo(2);
        assertThat(metrics.signIns("failure")).isEqualTo(1);
        assertThat(metrics.signIns("locked")).isEqualTo(1);
        assertThat(metrics.mailFailures()).isEqualTo(1);
        assertThat(metrics.jobRuns()).containsEntry("mail-delivery", now);
    }
}
