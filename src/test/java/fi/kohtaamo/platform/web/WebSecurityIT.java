package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.WebClient;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Web security over real HTTP, as a browser or an attacker sees it: the headers of every kind of answer, no server
 * banners, no session for anonymous visitors, the session cookie and its new id at sign-in, posts without a view's state (cross-site request forgery),
 * the API refusing a browser session, the password policy on the change-password page, and uploads that are too large
 * or not a survey file. Runs in the container so that it can check the database after an attack.
 */
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {

    private static final String DEMO_PASSWORD = "kohtaamo-demo";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @ArquillianResource
    URL base;

    @Inject
    People people;

    @Inject
    Units units;

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeadersAndNoServerBanner() throws Exception {
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);
        WebClient employee = WebClient.signedIn(base, "employee.demo", DEMO_PASSWORD);
        WebClient anonymous = WebClient.anonymous(base);

        Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
        pages.put("sign-in page", anonymous.get("login"));
        pages.put("signed-in page", hr.get("organisation/people"));
        pages.put("404 page", hr.get("no/such/page"));
        pages.put("403 page", employee.get("organisation/units"));
        Map<String, HttpResponse<String>> others = new LinkedHashMap<>();
        others.put("API", anonymous.post("api/v1/responses", "application/json", "{}"));
        others.put("stylesheet", anonymous.get("jakarta.faces.resource/kohtaamo.css.xhtml?ln=kohtaamo"));
        others.put("OpenAPI document", anonymous.get("openapi"));
        others.put("health", anonymous.get("health/live"));

        assertThat(pages.get("404 page").statusCode()).isEqualTo(404);
        assertThat(pages.get("403 page").statusCode()).isEqualTo(403);
        assertThat(others.get("API").statusCode()).isEqualTo(401);
        Map<String, HttpResponse<String>> all = new LinkedHashMap<>(pages);
        all.putAll(others);
        all.forEach((what, response) -> {
            HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(what)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
            assertThat(headers.allValues("Content-Security-Policy"))
                    .as(what)
                    .singleElement()
                    .satisfies(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(headers.firstValue("Server")).as(what + " Server header").isEmpty();
            assertThat(headers.firstValue("X-Powered-By"))
                    .as(what + " X-Powered-By header")
                    .isEmpty();
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(what + " over plain HTTP")
                    .isEmpty();
        });
        pages.forEach((what, response) -> assertThat(csp(response))
                .as(what)
                .matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}';?$")
                .doesNotContain("unsafe-eval")
                .contains("object-src 'none'", "base-uri 'self'", "form-action 'self'"));
        assertThat(csp(pages.get("sign-in page"))).isNotEqualTo(csp(anonymous.get("login")));
        others.forEach((what, response) -> assertThat(csp(response)).as(what).startsWith("default-src 'none'"));
        assertThat(anonymous.get("organisation/people").headers().firstValue("Server"))
                .as("the redirect to sign in")
                .isEmpty();
    }

    @Test
    void pagesCarryNoInlineEventHandlersOnlyNoncedScripts() throws Exception {
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);
        for (String page : List.of("home/hr", "organisation/person", "survey/import", "insight/dashboard")) {
            HttpResponse<String> response = hr.get(page);
            String nonce = nonce(response);

            assertThat(response.body()).as(page).doesNotContainPattern("<[^>]+\\son[a-z]+=");
            Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(response.body());
            while (scripts.find()) {
                assertThat(scripts.group(1)).as(page).contains("nonce=\"" + nonce + "\"");
            }
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndGetsANewIdAtSignIn() throws Exception {
        WebClient browser = WebClient.anonymous(base);
        // The sign-in page keeps no view state, so the same form signs in twice: as one person, then as another.
        Document login = browser.page("login");
        browser.submit(login, "login", Map.of("username", "employee.demo", "password", DEMO_PASSWORD), "signIn");
        String before = browser.sessionId();
        assertThat(before).as("signing in opened a session").isNotNull();

        HttpResponse<String> signedIn =
                browser.submit(login, "login", Map.of("username", "hr.demo", "password", DEMO_PASSWORD), "signIn");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        String cookie = setCookie(signedIn, "JSESSIONID").orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
        assertThat(browser.sessionId()).isNotEqualTo(before);
        assertThat(browser.get("organisation/people").statusCode()).isEqualTo(200);
        WebClient attacker = WebClient.withSessionId(base, before);
        assertThat(attacker.get("organisation/people").statusCode())
                .as("the id known before sign-in is worth nothing after it")
                .isEqualTo(302);

        WebClient planted = WebClient.withSessionId(base, "planted" + UUID.randomUUID());
        String plantedId = planted.sessionId();
        assertThat(planted.trySignIn("hr.demo", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(planted.sessionId())
                .as("an id made up by an attacker is never the signed-in session's")
                .isNotEqualTo(plantedId);
    }

    @Test
    void anonymousPagesOpenNoSessionAndSendNoCookie() {
        WebClient stranger = WebClient.anonymous(base);
        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("login", 200);
        pages.put("login?signedOut=true", 200);
        pages.put("survey/respond?unit=HKI-KAMPPI", 200);
        pages.put("survey/respond?unit=HKI-KAMPPI&lang=sv", 200);
        pages.put("survey/respond?unit=NO-SUCH-CODE", 404);
        pages.put("survey/respond?t=no-such-link", 404);
        pages.put("health/no-such-check", 404);
        pages.put("jakarta.faces.resource/kohtaamo.css.xhtml?ln=kohtaamo", 200);
        pages.put("jakarta.faces.resource/no-such.css.xhtml?ln=kohtaamo", 404);

        pages.forEach((path, status) -> {
            HttpResponse<String> answer = stranger.get(path);

            assertThat(answer.statusCode()).as(path).isEqualTo(status);
            assertThat(answer.headers().allValues("Set-Cookie"))
                    .as(path + ": no session, no cookie")
                    .isEmpty();
        });
        for (String page : List.of("login", "survey/respond?unit=HKI-KAMPPI", "health/no-such-check")) {
            HttpResponse<String> answer = stranger.get(page);
            String nonce = nonce(answer);
            Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(answer.body());
            while (scripts.find()) {
                assertThat(scripts.group(1))
                        .as(page + ": scripts still run only with the page's nonce")
                        .contains("nonce=\"" + nonce + "\"");
            }
        }

        Document survey = stranger.page("survey/respond?unit=HKI-KAMPPI&lang=en");
        HttpResponse<String> answered = stranger.submit(survey, "survey", Map.of("nps", "9"), "send");
        assertThat(answered.body()).contains("Thank you!");
        assertThat(answered.headers().allValues("Set-Cookie"))
                .as("a customer's answer opens no session either")
                .isEmpty();
        assertThat(stranger.sessionId()).isNull();
    }

    @Test
    void aFloodOfAnonymousPagesIsPacedAndTurnedAwayWhileSignedInPeopleAreServed() throws Exception {
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);
        HttpClient crawler = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        // More clients back to back than the pace (40 a second) times its tolerance and longest wait (2 s) can hold,
        // until the first is turned away (at most 60 s, however slow the machine).
        Queue<HttpResponse<String>> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean turnedAway = new AtomicBoolean();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String page = i % 2 == 0 ? "login" : "survey/respond?unit=HKI-KAMPPI";
            HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve(page))
                    .header("Accept-Language", "en")
                    .build();
            clients.add(backToBack(crawler, request, answers, turnedAway, until));
        }

        // While the flood goes on, the people signed in are served as usual.
        assertThat(hr.get("home/hr").statusCode()).isEqualTo(200);

        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
        List<HttpResponse<String>> busy =
                answers.stream().filter(a -> a.statusCode() == 503).toList();
        assertThat(busy).as("a flood faster than the pace is turned away").isNotEmpty();
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 503);
        for (HttpResponse<String> answer : busy) {
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(answer.body()).contains("<h1>Kohtaamo is busy just now</h1>", "lang=\"sv\"", "lang=\"fi\"");
        }
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        }

        // One client at a time is only ever slowed to the pace, never turned away.
        WebClient stranger = WebClient.anonymous(base);
        int[] statuses = new int[60];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = stranger.get("login").statusCode();
        }
        assertThat(statuses).containsOnly(200);
    }

    /** Sends the request again as soon as each answer arrives, until one is turned away or the time is up. */
    private static CompletableFuture<Void> backToBack(
            HttpClient client,
            HttpRequest request,
            Queue<HttpResponse<String>> answers,
            AtomicBoolean turnedAway,
            long until) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenCompose(answer -> {
            answers.add(answer);
            if (answer.statusCode() == 503) {
                turnedAway.set(true);
            }
            return turnedAway.get() || System.nanoTime() > until
                    ? CompletableFuture.completedFuture(null)
                    : backToBack(client, request, answers, turnedAway, until);
        });
    }

    @Test
    void aSignInPostedFromAnotherSitesPageIsRefused() throws Exception {
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        for (String origin : List.of("https://evil.example", "null", own)) {
            WebClient visitor = WebClient.anonymous(base);
            HttpResponse<String> page = visitor.get("login");
            String body = signInForm(page, "hr.demo");

            HttpResponse<String> answer = visitor.send(HttpRequest.newBuilder(visitor.resolve("login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));

            if (origin.equals(own)) {
                assertThat(answer.statusCode())
                        .as("posted from the sign-in page itself")
                        .isEqualTo(302);
            } else {
                assertThat(answer.statusCode()).as(origin).isEqualTo(200);
                assertThat(visitor.get("organisation/people").statusCode())
                        .as(origin + ": nobody was signed in")
                        .isEqualTo(302);
            }
        }
    }

    @Test
    void aStrangersRequestsOpenNoSessionAndSigningInReturnsToThePageAskedFor() {
        WebClient stranger = WebClient.anonymous(base);
        for (String path : List.of("no-such-page", "wp-login.php", "learning/my-learning?view=all")) {
            HttpResponse<String> answer = stranger.get(path);

            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(to -> assertThat(to).contains("/login?from="));
            assertThat(setCookie(answer, "JSESSIONID"))
                    .as(path + ": no session was opened")
                    .isEmpty();
        }

        HttpResponse<String> asked = stranger.get("learning/my-learning?view=all");
        Document login = WebClient.parse(stranger.follow(asked));
        HttpResponse<String> signedIn = stranger.submit(
                login, "login", Map.of("username", "employee.demo", "password", DEMO_PASSWORD), "signIn");
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/learning/my-learning?view=all"));

        for (String away : List.of("//evil.example/x", "https://evil.example/x", "/\\evil.example/x")) {
            WebClient visitor = WebClient.anonymous(base);
            Document page = visitor.page("login?from=" + URLEncoder.encode(away, StandardCharsets.UTF_8));
            HttpResponse<String> answer = visitor.submit(
                    page, "login", Map.of("username", "employee.demo", "password", DEMO_PASSWORD), "signIn");
            assertThat(answer.headers().firstValue("Location"))
                    .as(away)
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("evil.example"));
        }
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        // Through a proxy on loopback, which Kohtaamo trusts by default.
        WebClient visitor = WebClient.anonymous(throughLoopback());
        HttpResponse<String> page = visitor.get("login", Map.of("X-Forwarded-Proto", "https"));
        HttpResponse<String> signedIn = visitor.send(HttpRequest.newBuilder(visitor.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString(signInForm(page, "hr.demo"))));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(setCookie(signedIn, "JSESSIONID"))
                .hasValueSatisfying(cookie ->
                        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
        for (HttpResponse<String> answer : List.of(page, signedIn)) {
            assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
        }
    }

    @Test
    void aForgedHostNeverBecomesTheRedirectTarget() throws Exception {
        String forged = raw("GET", "learning/my-learning", "evil.example");
        String own = raw("GET", "learning/my-learning", "localhost:" + base.getPort());

        assertThat(forged).as("a host Kohtaamo does not answer to").startsWith("HTTP/1.1 400");
        assertThat(forged).doesNotContain("evil.example");
        assertThat(own).startsWith("HTTP/1.1 302");
        assertThat(own)
                .containsPattern(
                        "(?i)\r\nLocation: http://localhost:" + base.getPort() + base.getPath() + "login\\?from=");
    }

    @Test
    void forwardedHeadersCountOnlyFromATrustedProxy() throws Exception {
        // Over loopback the headers come from the default trusted proxy; over the machine's other address the same
        // headers come from a client that is not one.
        URL direct = new URL(base.getProtocol(), nonLoopbackAddress(), base.getPort(), base.getPath());
        WebClient viaProxy = WebClient.signedIn(throughLoopback(), "employee.demo", DEMO_PASSWORD);
        WebClient client = WebClient.signedIn(direct, "employee.demo", DEMO_PASSWORD);
        Map<String, String> claims = Map.of("X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");

        assertThat(viaProxy.get("organisation/units", claims).statusCode()).isEqualTo(403);
        assertThat(latestRefusal().getClientAddress()).isEqualTo("203.0.113.7");
        HttpResponse<String> refused = client.get("organisation/units", claims);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(latestRefusal().getClientAddress())
                .as("X-Forwarded-For from a client that is no proxy")
                .isEqualTo(direct.getHost());
        assertThat(refused.headers().firstValue("Strict-Transport-Security"))
                .as("X-Forwarded-Proto from a client that is no proxy")
                .isEmpty();
        assertThat(WebClient.anonymous(direct)
                        .get("learning/my-learning", claims)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).startsWith("http://" + direct.getHost()));
        assertThat(WebClient.anonymous(throughLoopback())
                        .get("learning/my-learning", claims)
                        .headers()
                        .firstValue("Location"))
                .as("through a trusted proxy")
                .hasValueSatisfying(to -> assertThat(to).startsWith("https://"));
    }

    /** The deployment's address over loopback, as a proxy on the same host reaches it. */
    private URL throughLoopback() throws IOException {
        return new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getPath());
    }

    private fi.kohtaamo.platform.audit.AuditEvent latestRefusal() {
        return people.entityManager()
                .createQuery(
                        "select e from AuditEvent e where e.action = :action and e.actorUsername = 'employee.demo'"
                                + " order by e.id desc",
                        fi.kohtaamo.platform.audit.AuditEvent.class)
                .setParameter("action", fi.kohtaamo.platform.audit.AuditAction.ACCESS_DENIED)
                .setMaxResults(1)
                .getSingleResult();
    }

    /** An IPv4 address of this machine other than loopback, at which the server also listens. */
    private static String nonLoopbackAddress() throws IOException {
        for (var network : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (var address : java.util.Collections.list(network.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address) {
                        return address.getHostAddress();
                    }
                }
            }
        }
        throw new IllegalStateException("This test needs a network address besides loopback");
    }

    /** The head of the answer to a request written by hand, with any Host header (HttpClient sets its own). */
    private String raw(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write((method + " " + base.getPath() + path + " HTTP/1.1\r\nHost: " + host
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        }
    }

    @Test
    void aFormPostWithoutTheViewsOwnStateChangesNothingEvenWithTheSessionCookie() throws Exception {
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);
        Long unit = units.findByCode("HKI-KAMPPI").orElseThrow().getId();
        String forged = "csrf." + UUID.randomUUID().toString().substring(0, 8);
        String missing = "csrf." + UUID.randomUUID().toString().substring(0, 8);
        String genuine = "csrf." + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> page = hr.get("organisation/person");
        Map<String, String> forgedFields = newPerson(forged, unit, "-1234567890:9876543210");
        forgedFields.put("primefaces.nonce", nonce(page));
        HttpResponse<String> withForgedState = hr.postForm("organisation/person", forgedFields);
        HttpResponse<String> withoutNonce =
                hr.postForm("organisation/person", newPerson(forged, unit, "-1234567890:9876543210"));
        HttpResponse<String> withoutState = hr.postForm("organisation/person", newPerson(missing, unit, null));
        HttpResponse<String> form = hr.get("organisation/person");
        Map<String, String> fields = newPerson(genuine, unit, viewState(form));
        fields.put("primefaces.nonce", nonce(form));
        HttpResponse<String> genuinePost = hr.postForm("organisation/person", fields);

        assertThat(people.findByUsername(forged)).as("forged view state").isEmpty();
        assertThat(people.findByUsername(missing)).as("no view state").isEmpty();
        assertThat(withForgedState.statusCode())
                .as("a forged view state is a bad request, not a server error")
                .isEqualTo(400);
        assertThat(WebClient.parse(withForgedState).title()).startsWith("Your page expired");
        assertThat(withForgedState.body()).as("no stack trace").doesNotContain("Exception:", "\tat ");
        assertThat(withoutNonce.statusCode())
                .as("nor is a post without the page's script nonce (a forged post cannot know it)")
                .isEqualTo(400);
        assertThat(WebClient.parse(withoutNonce).title()).startsWith("Your page expired");
        assertThat(withoutState.statusCode()).isEqualTo(200);
        assertThat(genuinePost.statusCode())
                .as("the same form from the page itself")
                .isEqualTo(302);
        assertThat(people.findByUsername(genuine))
                .as("the same form from the page itself")
                .isPresent();
    }

    @Test
    void aPostbackFromAnotherSitesPageIsRefusedBeforeAnythingChanges() throws Exception {
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);
        Long unit = units.findByCode("HKI-KAMPPI").orElseThrow().getId();
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        for (String origin : List.of("https://evil.example", "null", own)) {
            String username = "origin." + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> form = hr.get("organisation/person");
            Map<String, String> fields = newPerson(username, unit, viewState(form));
            fields.put("primefaces.nonce", nonce(form));
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));

            HttpResponse<String> answer = hr.send(HttpRequest.newBuilder(hr.resolve("organisation/person"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));

            if (origin.equals(own)) {
                assertThat(answer.statusCode())
                        .as("posted from the page itself")
                        .isEqualTo(302);
                assertThat(people.findByUsername(username)).isPresent();
            } else {
                assertThat(answer.statusCode()).as(origin).isEqualTo(403);
                assertThat(WebClient.parse(answer).title()).startsWith("Not available to you");
                assertThat(people.findByUsername(username)).as(origin).isEmpty();
            }
        }
    }

    @Test
    void aPostWithAnotherScriptNonceThanItsPagesGetsNoPageBack() {
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);
        Long unit = units.findByCode("HKI-KAMPPI").orElseThrow().getId();
        HttpResponse<String> form = hr.get("organisation/person");
        Map<String, String> fields =
                newPerson("nonce." + UUID.randomUUID().toString().substring(0, 8), unit, null);
        fields.put("jakarta.faces.ViewState", viewState(form));
        fields.put(
                "primefaces.nonce",
                java.util.Base64.getEncoder()
                        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        // Left empty, so that the page answers with itself (the form and its message) rather than a redirect.
        fields.put("person:firstName", "");

        HttpResponse<String> answer = hr.postForm("organisation/person", fields);

        // The page's own nonce is kept in its view state (PageNonces): PrimeFaces refuses to render the page again
        // with another one, which would let a script injected with that nonce run; the expired page is shown instead.
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(WebClient.parse(answer).title()).startsWith("Your page expired");
        assertThat(answer.body()).doesNotContain("person:firstName");
    }

    @Test
    void theApiRefusesWritesWithOnlyABrowserSession() throws Exception {
        WebClient admin = WebClient.signedIn(base, "admin.demo", DEMO_PASSWORD);
        String response = "{\"unit\":\"HKI-KAMPPI\",\"answeredAt\":\"2026-11-22T14:05:00+02:00\",\"nps\":0}";
        String visit = "{\"unit\":\"HKI-KAMPPI\",\"visitedAt\":\"2026-11-22T14:05:00+02:00\","
                + "\"email\":\"victim@example.com\",\"language\":\"fi\",\"visitId\":\"csrf-1\"}";

        assertThat(admin.get("organisation/units").statusCode())
                .as("the session is signed in")
                .isEqualTo(200);
        assertThat(admin.post("api/v1/responses", "application/json", response).statusCode())
                .isEqualTo(401);
        assertThat(admin.post("api/v1/visits", "application/json", visit).statusCode())
                .isEqualTo(401);
        assertThat(admin.post("api/v1/responses", "text/plain", response).statusCode())
                .as("a simple cross-site form post")
                .isIn(401, 415);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndFollowsThePolicy() throws Exception {
        String username = "pw." + UUID.randomUUID().toString().substring(0, 8);
        Person person = new Person(
                username,
                username + "@example.com",
                "Salla",
                "Salasana",
                units.findByCode("HKI-KAMPPI").orElseThrow());
        person.getRoles().add(Role.EMPLOYEE);
        people.save(person, Set.of(), "alkuperäinen tunnuslause");
        WebClient client = WebClient.signedIn(base, username, "alkuperäinen tunnuslause");

        assertThat(changePassword(client, "väärä nykyinen salasana", "uusi hyvä tunnuslause", "uusi hyvä tunnuslause"))
                .contains("The current password is incorrect.");
        assertThat(changePassword(client, "alkuperäinen tunnuslause", "Salasana2026!", "Salasana2026!"))
                .contains("This password is too common or too simple to guess.");
        assertThat(changePassword(client, "alkuperäinen tunnuslause", username + "-2026", username + "-2026"))
                .contains("The password may not contain the username.");
        assertThat(changePassword(client, "alkuperäinen tunnuslause", "lyhyt", "lyhyt"))
                .contains("A password must be at least 12 characters long.");
        assertThat(changePassword(client, "alkuperäinen tunnuslause", "uusi hyvä tunnuslause", "uusi huono"))
                .contains("The two new passwords are not the same.");
        String before = client.sessionId();

        String changed =
                changePassword(client, "alkuperäinen tunnuslause", "uusi hyvä tunnuslause", "uusi hyvä tunnuslause");

        assertThat(changed).contains("Your password has been changed.");
        assertThat(client.sessionId()).isNotEqualTo(before);
        assertThat(WebClient.signedIn(base, username, "uusi hyvä tunnuslause")
                        .get("home/employee")
                        .statusCode())
                .isEqualTo(200);
        assertThat(WebClient.anonymous(base)
                        .trySignIn(username, "alkuperäinen tunnuslause")
                        .statusCode())
                .as("the old password no longer signs in")
                .isEqualTo(200);
    }

    @Test
    void aTwoGigabyteUploadIsRefusedBeforeItIsReadAndThePageSaysWhy() throws Exception {
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);

        Upload ajax = Upload.huge(base, hr.sessionId(), "survey/import", true);
        Upload plain = Upload.huge(base, hr.sessionId(), "survey/import", false);

        assertThat(ajax.head()).startsWith("HTTP/1.1 200");
        String target = base.getPath() + "survey/import?upload=tooLarge";
        assertThat(ajax.body()).contains("<redirect url=\"" + target + "\"");
        assertThat(plain.head()).startsWith("HTTP/1.1 303").contains("Location: " + target);
        for (Upload upload : List.of(ajax, plain)) {
            assertThat(upload.sent()).as("bytes sent before the answer").isLessThan(256L << 20);
        }
        assertThat(hr.get("survey/import?upload=tooLarge").body())
                .contains("id=\"upload-refused\"")
                .contains("larger than the 500 MB allowed");
    }

    @Test
    void aProgramRenamedAsCsvIsRefusedWithAMessageOnTheImportPage() throws Exception {
        WebClient hr = WebClient.signedIn(base, "hr.demo", DEMO_PASSWORD);
        HttpResponse<String> page = hr.get("survey/import");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

        HttpResponse<String> answer =
                upload(hr, "survey/import", viewState(page), nonce(page), "vastaukset.csv", program);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("This is not a CSV or XLSX file.").doesNotContain("<redirect");
    }

    /** The sign-in form of a sign-in page as a browser posts it, with the demo password. */
    private static String signInForm(HttpResponse<String> page, String username) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("from", "");
        fields.put("username", username);
        fields.put("password", DEMO_PASSWORD);
        fields.put("signIn", "signIn");
        fields.put("jakarta.faces.ViewState", viewState(page));
        fields.put("primefaces.nonce", nonce(page));
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    private static Map<String, String> newPerson(String username, Long unit, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person", "person");
        fields.put("person:firstName", "Cross");
        fields.put("person:lastName", "Site");
        fields.put("person:username", username);
        fields.put("person:email", username + "@example.com");
        fields.put("person:unit", String.valueOf(unit));
        fields.put("person:language", "fi");
        fields.put("person:newPassword", "");
        fields.put("person:save", "Save");
        if (viewState != null) {
            fields.put("jakarta.faces.ViewState", viewState);
        }
        return fields;
    }

    private static String csp(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Security-Policy").orElse("");
    }

    static String nonce(HttpResponse<?> response) {
        Matcher m = NONCE.matcher(csp(response));
        assertThat(m.find()).as("a nonce in " + csp(response)).isTrue();
        return m.group(1);
    }

    static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        assertThat(m.find()).as("a view state on the page").isTrue();
        return m.group(1);
    }

    private static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst();
    }

    /** Posts the change-password form and answers the page it leads to. */
    private static String changePassword(WebClient client, String current, String newPassword, String repeat) {
        Document page = client.page("password");
        return client.follow(client.submit(
                        page,
                        "password",
                        Map.of("current", current, "newPassword", newPassword, "repeat", repeat),
                        "change"))
                .body();
    }

    /** Uploads a file the way PrimeFaces' advanced p:fileUpload on the import page does (Ajax, multipart). */
    private static HttpResponse<String> upload(
            WebClient client, String path, String viewState, String nonce, String fileName, byte[] content) {
        String boundary = "----kohtaamo" + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "upload:file");
        fields.put("jakarta.faces.partial.execute", "upload:file");
        fields.put("jakarta.faces.partial.render", "upload");
        fields.put("upload:file_totalFilesCount", "1");
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: text/csv\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return client.send(HttpRequest.newBuilder(client.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * A multipart post that announces two gigabytes and writes them lazily (never held anywhere) on a raw socket, on
     * a thread of its own, while the answer is read: it stops writing as soon as the answer arrives.
     */
    record Upload(String head, String body, long sent) {

        static final long SIZE = 2L << 30;

        static Upload huge(URL base, String sessionId, String path, boolean ajax) throws Exception {
            String boundary = "----kohtaamo-huge";
            AtomicLong sent = new AtomicLong();
            AtomicBoolean answered = new AtomicBoolean();
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                                + base.getPort() + "\r\nCookie: JSESSIONID=" + sessionId
                                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                                + "\r\nContent-Length: " + SIZE + "\r\n"
                                + (ajax ? "Faces-Request: partial/ajax\r\n" : "") + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread writer = new Thread(() -> {
                    byte[] rows = "HKI-KAMPPI;2026-11-22T14:05;9;Nopeaa palvelua\n"
                            .repeat(1000)
                            .getBytes(StandardCharsets.UTF_8);
                    try {
                        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:file\"; "
                                        + "filename=\"huge.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        while (!answered.get() && sent.get() < SIZE) {
                            out.write(rows);
                            sent.addAndGet(rows.length);
                        }
                    } catch (IOException closedByTheServer) {
                        // the server answered and closed the connection: exactly what is expected
                    }
                });
                writer.setDaemon(true);
                writer.start();
                InputStream in = socket.getInputStream();
                java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
                int first = in.read();
                answered.set(true);
                long sentBeforeTheAnswer = sent.get();
                answer.write(first);
                readRest(in, answer);
                String text = answer.toString(StandardCharsets.UTF_8);
                int split = text.indexOf("\r\n\r\n");
                return new Upload(text.substring(0, split), text.substring(split + 4), sentBeforeTheAnswer);
            }
        }

        /** Reads up to the end of the answer: its Content-Length, or the last chunk. */
        private static void readRest(InputStream in, java.io.ByteArrayOutputStream answer) throws IOException {
            byte[] buffer = new byte[8192];
            while (!complete(answer.toString(StandardCharsets.UTF_8))) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                answer.write(buffer, 0, n);
            }
        }

        private static boolean complete(String text) {
            int split = text.indexOf("\r\n\r\n");
            if (split < 0) {
                return false;
            }
            String body = text.substring(split + 4);
            Matcher length = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(text.substring(0, split));
            return length.find()
                    ? body.getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length.group(1))
                    : body.endsWith("0\r\n\r\n");
        }
    }
}
