package fi.kohtaamo.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kohtaamo.WebClient;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.survey.control.ImportJobs;
import fi.kohtaamo.survey.control.SurveyImports;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.SurveyImport;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /metrics} over real HTTP, as Prometheus and a stranger see it. The build starts the server with {@code
 * KOHTAAMO_METRICS_TOKEN=it-metrics-token} (pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    static final String NO_DATABASE_CODE = "no-database-code";

    private static final String TOKEN = "it-metrics-token";
    private static final String DEMO_PASSWORD = "kohtaamo-demo";
    /** One sample line of the text format: a name, optional labels, a number. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*})? -?[0-9.eE+-]+|.* [+-]Inf|.* NaN");

    @ArquillianResource
    URL base;

    @Inject
    SurveyImports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    Units units;

    @PersistenceContext
    EntityManager em;

    @Test
    void withoutTheTokenNobodyGetsTheFiguresNotEvenASignedInAdministrator() {
        WebClient stranger = WebClient.anonymous(base);
        WebClient admin = WebClient.signedIn(base, "admin.demo", DEMO_PASSWORD);

        HttpResponse<String> anonymous = stranger.get("metrics");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"metrics\"");
        assertThat(anonymous.body()).doesNotContain("kohtaamo_", "jvm_");
        assertThat(stranger.get("metrics", Map.of("Authorization", "Bearer not-the-token"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(stranger.get("metrics", Map.of("Authorization", "Basic " + TOKEN))
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> browser = admin.get("metrics");
        assertThat(browser.statusCode()).as("a browser session is no token").isEqualTo(401);
        assertThat(browser.body()).doesNotContain("kohtaamo_");
    }

    @Test
    void withTheTokenPrometheusGetsKohtaamosFiguresBesideTheJvms() throws Exception {
        long signInsBefore = value(scrape(), "kohtaamo_sign_ins_total{outcome=\"success\"}");
        long failuresBefore = value(scrape(), "kohtaamo_sign_ins_total{outcome=\"failure\"}");
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);
        WebClient.anonymous(base).trySignIn("hr.demo", "not the password at all");
        assertThat(hr.get("home/hr").statusCode()).isEqualTo(200);

        HttpResponse<String> answer = WebClient.anonymous(base).get("metrics", bearer());
        String text = answer.body();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        for (String line : text.split("\n")) {
            assertThat(line.startsWith("# HELP ")
                            || line.startsWith("# TYPE ")
                            || SAMPLE.matcher(line).matches())
                    .as("a line of Prometheus' text format: %s", line)
                    .isTrue();
        }
        assertThat(value(text, "kohtaamo_sign_ins_total{outcome=\"success\"}")).isEqualTo(signInsBefore + 1);
        assertThat(value(text, "kohtaamo_sign_ins_total{outcome=\"failure\"}")).isEqualTo(failuresBefore + 1);
        assertThat(text)
                .contains(
                        "# TYPE kohtaamo_lockouts_total counter",
                        "# TYPE kohtaamo_imports_running gauge",
                        "# TYPE kohtaamo_imports_failed gauge",
                        "# TYPE kohtaamo_outbox_backlog gauge",
                        "# TYPE kohtaamo_outbox_failing gauge",
                        "# TYPE kohtaamo_mail_failures_total counter",
                        "# TYPE kohtaamo_job_last_run_timestamp_seconds gauge",
                        "# TYPE kohtaamo_page_seconds histogram",
                        "kohtaamo_database_up 1",
                        "# TYPE jvm_memory_used_bytes gauge",
                        "# TYPE jvm_gc_collection_seconds_count counter",
                        "# TYPE process_cpu_seconds_total counter");
        for (String figure : new String[] {
            "kohtaamo_lockouts_total",
            "kohtaamo_imports_running",
            "kohtaamo_imports_failed",
            "kohtaamo_outbox_backlog",
            "kohtaamo_outbox_failing",
            "kohtaamo_mail_failures_total",
            "jvm_memory_used_bytes{area=\"heap\"}",
            "jvm_threads_current"
        }) {
            assertThat(value(text, figure)).as(figure).isNotNegative();
        }
        assertThat(value(text, "jvm_memory_used_bytes{area=\"heap\"}")).isPositive();
        assertThat(value(text, "kohtaamo_page_seconds_count{view=\"/home/hr.xhtml\"}"))
                .isPositive();
        assertThat(text).containsPattern("kohtaamo_page_seconds_bucket\\{le=\"\\+Inf\",view=\"/home/hr.xhtml\"} \\d+");
        assertThat(text).containsPattern("kohtaamo_page_seconds_sum\\{view=\"/home/hr.xhtml\"} [0-9.]+");
    }

    /**
     * Tagged {@value #NO_DATABASE_CODE}: what it adds is the timer and the exposition, the same on every database (the
     * lease the job takes is database code, which InvitationsIT runs on both), so the second pass of {@code .ci/run}, on
     * H2, leaves it out rather than wait there for the first full minute once more.
     */
    @Test
    @Tag(NO_DATABASE_CODE)
    void theScheduledJobsLastRunIsShownOnceTheyHaveRun() throws Exception {
        // The jobs run at every full minute; wait for the first run rather than for a fixed time.
        Pattern run = Pattern.compile("kohtaamo_job_last_run_timestamp_seconds\\{job=\"mail-delivery\"} ([0-9.]+)\n");
        String figures = await("mail delivery's first run")
                .atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofMillis(500))
                .pollInSameThread()
                .until(this::scrape, text -> run.matcher(text).find());
        Matcher found = run.matcher(figures);
        assertThat(found.find()).as("mail delivery has run").isTrue();
        long at = (long) Double.parseDouble(found.group(1));
        assertThat(at)
                .isBetween(
                        Instant.now().minusSeconds(180).getEpochSecond(),
                        Instant.now().getEpochSecond());
    }

    @Test
    void aSurveyImportThatRanShowsWhenItLastSucceeded() throws Exception {
        Unit unit = Unit.blank(UnitKind.UNIT);
        String code = "M-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        unit.setCode(code);
        unit.setName("Mittariyksikkö " + code);
        units.save(unit, units.findByCode("LANSI").orElseThrow().getId());
        Person hr = em.createQuery("select p from Person p where p.username = 'hr.demo'", Person.class)
                .getSingleResult();
        long before = Instant.now().getEpochSecond();
        SurveyImport upload = imports.upload(
                "metrics.csv",
                new ByteArrayInputStream(
                        ("unit,date,nps,csat\n" + code + ",2026-05-01T10:00,9,5\n").getBytes(StandardCharsets.UTF_8)),
                hr);

        imports.check(upload.getId(), imports.mapping(upload), Channel.ONLINE, null);
        jobs.submit(upload.getId());
        String sample = "kohtaamo_job_last_run_timestamp_seconds{job=\"survey-import\"}";
        // The check runs on the server's executor: wait for its status and its figure, not for a fixed time.
        await("the import checked and its figure counted")
                .atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .until(() -> imports.find(upload.getId()).orElseThrow().getStatus() == SurveyImport.Status.CHECKED
                        && value(scrape(), sample) >= before);

        assertThat(imports.find(upload.getId()).orElseThrow().getStatus()).isEqualTo(SurveyImport.Status.CHECKED);
        assertThat(value(scrape(), sample))
                .as("the import's check succeeded just now")
                .isBetween(before, Instant.now().getEpochSecond());
    }

    private static Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + TOKEN);
    }

    private String scrape() {
        HttpResponse<String> answer = WebClient.anonymous(base).get("metrics", bearer());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** The value of one sample, by its name and labels as written; -1 when it is not there. */
    private static long value(String text, String sample) {
        for (String line : text.split("\n")) {
            if (line.startsWith(sample + " ")) {
                return (long) Double.parseDouble(line.substring(sample.length() + 1));
            }
        }
        return -1;
    }
}
