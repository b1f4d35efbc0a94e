package fi.kohtaamo.insight.benchmark;

import fi.kohtaamo.benchmark.BenchmarkServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The insight dashboard at scale: an organisation of 500 units in 10 regions, 50,000 employees, 24 months and
 * 2,000,000 customer responses (plus training, workshops and two pulse rounds) on PostgreSQL. Starts Kohtaamo on that
 * database, signs in as HR and loads the dashboard, a unit page and the analyses page (with training's effect from the
 * staggered rollout, first loads of each filter timed apart) repeatedly, then runs a hand-written SQL aggregate
 * answering the dashboard's question on the same database, and prints p50/p95 of both. The generated data is kept
 * between runs. Command and results: {@code docs/benchmarks/README.md}.
 */
public final class InsightBenchmark {

    private static final int UNITS = 500;
    private static final int PEOPLE = 50_000;
    private static final int RESPONSES = 2_000_000;
    private static final int RUNS = Integer.getInteger("runs", 40);

    private InsightBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkServer.Database database =
                BenchmarkServer.Database.fromProperties("jdbc:postgresql://localhost:5432/kohtaamo_scale");
        int port = Integer.getInteger("port", 8091);
        database.migrate();

        try (BenchmarkServer server = BenchmarkServer.start(
                database,
                port,
                List.of("-Xmx" + System.getProperty("server.xmx", "1g")),
                Path.of("target", "benchmark-insight-server.log"))) {
            String base = server.base + "/";
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            try (Connection db = database.connect()) {
                generate(db);
                signIn(http, base);
                long unit = BenchmarkServer.single(db, "select id from unit where code = 'SC-U1'");
                System.out.println("Runs per measurement: " + RUNS + " (after 5 warm-up loads)");
                report("Dashboard (HTTP, 500 units)", time(() -> get(http, base + "insight/dashboard")));
                report("Unit page (HTTP)", time(() -> get(http, base + "insight/unit?unit=" + unit)));
                // The analyses page with training's effect from the staggered rollout: its bootstrap is computed on the
                // first load of each filter and then kept, so the first loads are timed apart from the repeated ones.
                List<Double> first = new ArrayList<>();
                for (String start : List.of("FIRST_WORKSHOP", "STAFF_COMPLETION", "SUPERVISOR_COACHING")) {
                    for (String outcome : List.of("NPS", "CSAT")) {
                        long began = System.nanoTime();
                        String page = get(http, base + "insight/analyses?start=" + start + "&outcome=" + outcome);
                        first.add((System.nanoTime() - began) / 1e6);
                        if (start.equals("FIRST_WORKSHOP") && outcome.equals("NPS")) {
                            Matcher overall = Pattern.compile("id=\"did-overall\">([^<]*)<")
                                    .matcher(page);
                            System.out.println("Training's effect on NPS (first workshop): "
                                    + (overall.find() ? overall.group(1) : "section missing"));
                        }
                    }
                }
                Collections.sort(first);
                report("Analyses page, first load of each of 6 filters (HTTP)", first);
                report("Analyses page (HTTP, 500 units)", time(() -> get(http, base + "insight/analyses")));
                report("Hand-written SQL aggregate", time(() -> aggregate(db)));
                System.out.println("Database: " + BenchmarkServer.text(db, "select version()"));
            }
        }
    }

    private static void signIn(HttpClient http, String base) throws Exception {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                .matcher(page);
        Matcher form = Pattern.compile("<form id=\"([^\"]*)\"").matcher(page);
        String formId = null;
        while (form.find()) {
            if (!form.group(1).contains("language")) {
                formId = form.group(1);
                break;
            }
        }
        if (!state.find() || formId == null) {
            throw new IllegalStateException("no sign-in form");
        }
        String body = String.join(
                "&",
                param(formId, formId),
                param("username", "bench.hr"),
                param("password", "benchmark-password"),
                param("signIn", "x"),
                param("jakarta.faces.ViewState", state.group(1)));
        http.send(
                HttpRequest.newBuilder(URI.create(base + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String dashboard = get(http, base + "insight/dashboard");
        if (!dashboard.contains("insight/unit?unit=")) {
            throw new IllegalStateException("signed in, but the dashboard does not show the generated units");
        }
    }

    private static String param(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Per unit for the last twelve months: NPS counts, staff-track completions and workshops, in one statement. */
    private static Object aggregate(Connection db) throws Exception {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select u.id,"
                        + " (select sum(m.responses) from unit_month_result m where m.unit_id = u.id"
                        + "   and m.month_start >= date_trunc('month', now()) - interval '11 months'),"
                        + " (select sum(m.promoters) - sum(m.detractors) from unit_month_result m where m.unit_id = u.id"
                        + "   and m.month_start >= date_trunc('month', now()) - interval '11 months'),"
                        + " (select count(*) from module_progress mp join person p on p.id = mp.person_id"
                        + "   where p.unit_id = u.id and mp.completed_at is not null),"
                        + " (select count(*) from workshop_session s where s.unit_id = u.id and s.status = 'HELD'"
                        + "   and s.starts_at >= now() - interval '12 months')"
                        + " from unit u where u.kind = 'UNIT'")) {
            int count = 0;
            while (rows.next()) {
                count++;
            }
            return count;
        }
    }

    private static List<Double> time(Callable<?> work) throws Exception {
        for (int i = 0; i < 5; i++) {
            work.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String what, List<Double> millis) {
        System.out.printf(
                Locale.ROOT,
                "%s: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                what,
                millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
    }

    /** The scale organisation, made once (negative ids keep it apart from anything the application creates). */
    private static void generate(Connection db) throws Exception {
        if (BenchmarkServer.single(db, "select count(*) from unit where code like 'SC-U%'") >= UNITS) {
            System.out.println("Using the organisation generated earlier.");
            return;
        }
        long started = System.nanoTime();
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into unit (id, code, name, kind, parent_id) values (-1000, 'SC-ORG', 'Scale Oy',"
                    + " 'ORGANISATION', null)");
            sql.execute("insert into unit (id, code, name, kind, parent_id) select -1000 - r, 'SC-R' || r,"
                    + " 'Alue ' || r, 'REGION', -1000 from generate_series(1, 10) r");
            sql.execute("insert into unit (id, code, name, kind, parent_id) select -2000 - u, 'SC-U' || u,"
                    + " 'Yksikkö ' || u, 'UNIT', -1000 - (1 + (u - 1) % 10) from generate_series(1, " + UNITS + ") u");
            sql.execute("insert into person (id, username, email, first_name, last_name, unit_id, active, created_at)"
                    + " select -100000 - n, 'sc' || n, 'sc' || n || '@scale.example', 'Etu', 'Suku' || n,"
                    + " -2000 - (1 + (n - 1) / 100), true, now() from generate_series(1, " + PEOPLE + ") n");
            sql.execute("insert into person_role (person_id, role) select -100000 - n, 'EMPLOYEE'"
                    + " from generate_series(1, " + PEOPLE + ") n");
            sql.execute("insert into person_role (person_id, role) select -100000 - ((u - 1) * 100 + 1), 'SUPERVISOR'"
                    + " from generate_series(1, " + UNITS + ") u");
            sql.execute("insert into unit_supervisor (person_id, unit_id) select -100000 - ((u - 1) * 100 + 1),"
                    + " -2000 - u from generate_series(1, " + UNITS + ") u");
            try (PreparedStatement hr = db.prepareStatement("insert into person (id, username, email, first_name,"
                    + " last_name, unit_id, active, created_at, password_hash, preferred_language) values (-99999,"
                    + " 'bench.hr', 'bench.hr@scale.example', 'Bench', 'HR', -1000, true, now(), ?, 'en')")) {
                hr.setString(1, BenchmarkServer.passwordHash("benchmark-password"));
                hr.executeUpdate();
            }
            sql.execute("insert into person_role (person_id, role) values (-99999, 'HR')");
            // The first half of the units trained: eight in ten employees completed the staff track
            sql.execute("insert into module_progress (id, person_id, module_id, module_version_id, current_step,"
                    + " started_at, updated_at, completed_at, quiz_score, quiz_attempts, first_try_passed, rating)"
                    + " select -(n * 10 + tm.position) - 1000000, -100000 - n, tm.module_id, m.current_version_id, 1,"
                    + " now() - interval '300 days', now(), now() - (random() * 300) * interval '1 day',"
                    + " 70 + floor(random() * 31), 1, true, 3 + floor(random() * 3)"
                    + " from generate_series(1, " + PEOPLE / 2 + ") n"
                    + " cross join track_module tm join learning_module m on m.id = tm.module_id"
                    + " where tm.track_id = 'staff' and n % 10 < 8");
            sql.execute("insert into workshop_session (id, unit_id, guide_id, facilitator_id, starts_at, minutes,"
                    + " status, ical_uid, created_at, updated_at) select -(u * 10 + k), -2000 - u,"
                    + " (select min(id) from workshop_guide), -100000 - ((u - 1) * 100 + 1),"
                    + " now() - ((k * 70 + u % 30) * interval '1 day'), 90, 'HELD', 'sc-' || (u * 10 + k), now(), now()"
                    + " from generate_series(1, " + UNITS / 2 + ") u cross join generate_series(1, 3) k");
            // Attendance is a state since #17 (V28): 85 % came, the others did not.
            sql.execute("insert into session_invitee (session_id, person_id, attendance)"
                    + " select s.id, p.id, case when random() < 0.85 then 'ATTENDED' else 'NO_SHOW' end"
                    + " from workshop_session s join person p on p.unit_id = s.unit_id"
                    + " where s.id < 0 and p.id < -100000");
            sql.execute("insert into commitment (id, session_id, unit_id, what, status, created_at, updated_at)"
                    + " select s.id * 10 - c, s.id, s.unit_id, 'Sitoumus ' || c,"
                    + " case when random() < 0.6 then 'DONE' else 'OPEN' end, now(), now()"
                    + " from workshop_session s cross join generate_series(1, 5) c where s.id < 0");
            System.out.println("Generating " + RESPONSES + " customer responses…");
            sql.execute("insert into customer_response (id, unit_id, answered_at, nps, csat, channel, source,"
                    + " dedupe_key, created_at) select -g, -2000 - (1 + g % " + UNITS + "),"
                    + " now() - (random() * 725) * interval '1 day', x.nps,"
                    + " greatest(1, least(5, (x.nps + 1) / 2)), 'OTHER', 'IMPORT',"
                    + " md5(g::text) || md5((g + 7)::text), now()"
                    + " from (select g, least(10, greatest(0, round(7 + 3 * (random() * 2 - 1))))::int as nps"
                    + " from generate_series(1, " + RESPONSES + ") g) x");
            sql.execute("insert into unit_month_result (unit_id, month_start, responses, promoters, passives,"
                    + " detractors, csat_sum, csat_count) select unit_id, date_trunc('month', answered_at)::date,"
                    + " count(*), sum(case when nps >= 9 then 1 else 0 end),"
                    + " sum(case when nps between 7 and 8 then 1 else 0 end), sum(case when nps <= 6 then 1 else 0 end),"
                    + " coalesce(sum(csat), 0), count(csat) from customer_response where id < 0 group by 1, 2");
            // Derived totals Kohtaamo keeps on each completion, as its V9 migration fills them
            sql.execute("insert into unit_month_completion (unit_id, month_start, module_id, completions)"
                    + " select p.unit_id, cast(date_trunc('month', mp.completed_at) as date), mp.module_id, count(*)"
                    + " from module_progress mp join person p on p.id = mp.person_id"
                    + " where mp.completed_at is not null and p.active = true and p.id < -99999"
                    + " group by p.unit_id, cast(date_trunc('month', mp.completed_at) as date), mp.module_id");
            for (int round = 1; round <= 2; round++) {
                sql.execute(
                        "insert into pulse_round (id, title, opens_on, closes_on, created_at, anonymity_threshold) values ("
                                + -round
                                + ", 'Pulssi " + round + "', current_date - " + (200 * round) + ", current_date - "
                                + (200 * round - 14) + ", now(), 5)");
                sql.execute("insert into pulse_round_unit (round_id, unit_id) select " + -round + ", -2000 - u"
                        + " from generate_series(1, " + UNITS + ") u");
                sql.execute("insert into pulse_answer (id, round_id, unit_id, scores, enps) select -(" + round
                        + " * 100000 + n), " + -round + ", -2000 - (1 + n % " + UNITS + "),"
                        + " '4,4,3,3,4,4,3,3,2,2,4,4', floor(random() * 11) from generate_series(1, 30000) n");
            }
            sql.execute("analyze");
        }
        db.commit();
        db.setAutoCommit(true);
        System.out.printf(Locale.ROOT, "Generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
}
