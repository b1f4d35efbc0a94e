package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.platform.config.OrganisationZone;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/**
 * Every main page of each role, checked with axe-core in headless Chromium against WCAG 2.1 A and AA: no serious or
 * critical violation may appear. The page is checked as a signed-in user sees it, in English and in Finnish. Each page
 * must also work under its Content-Security-Policy: Chromium may report nothing blocked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void theSignInPageHasNoSeriousViolations() {
        for (String language : List.of("en", "fi")) {
            try (Browser browser = Browser.open(base, language)) {
                browser.go("login");
                browser.assertAccessible("login (" + language + ")", TAGS);
                assertThat(browser.cspViolations()).as("login").isEmpty();
            }
        }
    }

    @Test
    void whatTheContentSecurityPolicyBlocksIsReported() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login");
            assertThat(browser.cspViolations()).isEmpty();

            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("var injected = document.createElement('script');"
                            + " injected.textContent = 'document.title = \"injected\"';"
                            + " document.body.appendChild(injected);");

            assertThat(browser.driver().getTitle()).isNotEqualTo("injected");
            assertThat(browser.cspViolations()).singleElement().asString().contains("inline script");
        }
    }

    /*
     * Each role's pages, first at desktop width (axe, and nothing the Content-Security-Policy blocks), then, in the same
     * signed-in window narrowed to a 360 px phone, every role's main pages again: the page never scrolls sideways and
     * stays accessible.
     */

    @Test
    void employeePagesAreAccessibleAndFitAPhone() {
        List<String> pages = List.of(
                "home/employee",
                "learning/my-learning",
                "learning/module?id=no-bouncing&step=1",
                "pulse/answer",
                "workshop/join");
        check("employee.demo", pages, pages);
    }

    /**
     * The supervisor's unit first gets a session whose place and online address are each one long word, as other tests'
     * data puts there (InjectionIT's payloads), so the pages must wrap them rather than widen.
     */
    @Test
    void supervisorPagesAreAccessibleAndFitAPhone() {
        Scheduled session = scheduleASessionOfLongWords();
        check(
                "supervisor.demo",
                List.of(
                        "home/supervisor",
                        "learning/team-progress",
                        "learning/assignments",
                        "workshop/sessions",
                        "workshop/session-edit",
                        "workshop/attendance",
                        "survey/results",
                        "casework/cases"),
                List.of(
                        "home/supervisor",
                        "learning/my-learning",
                        "pulse/answer",
                        "learning/team-progress",
                        "learning/assignments",
                        "workshop/sessions",
                        "workshop/session-edit",
                        "survey/results",
                        "insight/dashboard",
                        "workshop/session?id=" + session.id(),
                        "workshop/facilitate?id=" + session.id(),
                        "organisation/team?unit=" + session.unit(),
                        "workshop/attendance?unit=" + session.unit(),
                        "insight/unit?unit=" + session.unit(),
                        "survey/poster?unit=" + session.unit(),
                        "casework/cases?unit=" + session.unit()));
    }

    @Test
    void hrPagesAreAccessibleAndFitAPhone() {
        check(
                "hr.demo",
                List.of(
                        "home/hr",
                        "workshop/coverage",
                        "organisation/people",
                        "organisation/person",
                        "pulse/rounds",
                        "survey/import",
                        "survey/invitations",
                        "insight/dashboard",
                        "insight/analyses",
                        "audit/log",
                        "casework/figures"),
                List.of(
                        "home/hr",
                        "workshop/coverage",
                        "organisation/people",
                        "pulse/rounds",
                        "survey/import",
                        "survey/invitations",
                        "survey/results",
                        "insight/dashboard",
                        "insight/analyses",
                        "audit/log",
                        "casework/figures"));
    }

    @Test
    void administrationPagesAreAccessibleAndFitAPhone() {
        List<String> pages =
                List.of("home/admin", "organisation/units", "notification/outbox", "survey/api-keys", "password");
        List<String> phone = new java.util.ArrayList<>(pages);
        phone.add("no/such/page");
        check("admin.demo", pages, phone);
    }

    /**
     * The insight dashboard's table at 1,400 px: it scrolls inside its own frame, so its last column can be brought
     * fully into view, and no unit name is cut; the unit column stays in view, opaque, while the rest scrolls. On a
     * 360 px phone the page itself never scrolls sideways (only the table's frame does) and stays accessible.
     */
    @Test
    void theInsightTableScrollsInItsFrameWithTheUnitColumnInView() {
        try (Browser browser = Browser.open(base, "en", 1400, 900)) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.go("insight/dashboard");
            browser.heading();
            Map<String, Object> desktop = tableGeometry(browser);
            assertThat(desktop.get("viewport")).isEqualTo(1400L);
            assertThat((Boolean) desktop.get("lastHeaderInFrame"))
                    .as("the last column fits or scrolls into the frame: %s", desktop)
                    .isTrue();
            assertThat(desktop.get("clippedNames")).as("unit names cut off").isEqualTo(List.of());
            assertThat((Boolean) desktop.get("unitColumnStays"))
                    .as("the unit column stays in view: %s", desktop)
                    .isTrue();
            assertThat(desktop.get("unitBackground")).as("opaque unit cells").isEqualTo("rgb(255, 255, 255)");
            assertThat(((Number) desktop.get("pageWidth")).longValue()).isLessThanOrEqualTo(1400);

            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.go("insight/dashboard");
            browser.heading();
            Map<String, Object> phone = tableGeometry(browser);
            assertThat(phone.get("viewport")).isEqualTo(360L);
            assertThat(((Number) phone.get("pageWidth")).longValue())
                    .as("the page does not scroll sideways on a phone: %s", phone)
                    .isLessThanOrEqualTo(360);
            assertThat((Boolean) phone.get("frameScrolls"))
                    .as("the table scrolls in its frame")
                    .isTrue();
            assertThat((Boolean) phone.get("lastHeaderInFrame")).as("%s", phone).isTrue();
            assertThat(phone.get("clippedNames")).isEqualTo(List.of());
            assertThat((Boolean) phone.get("unitColumnStays")).as("%s", phone).isTrue();
            browser.assertAccessible("insight/dashboard at 360 px", TAGS);
        }
    }

    /** A session's id and its unit's. */
    private record Scheduled(String id, String unit) {}

    /** The supervisor schedules a session in their unit whose place, and the end of whose online address, is one word. */
    private Scheduled scheduleASessionOfLongWords() {
        String word = "Kokoustila" + UUID.randomUUID().toString().replace("-", "") + "neuvotteluhuone";
        WebClient supervisor = WebClient.signedIn(base, "supervisor.demo", "kohtaamo-demo");
        Document form = supervisor.page("workshop/session-edit");
        Random random = new Random();
        // The unit the form proposes: its selected option, else its first, as a browser would send it.
        String unit = Optional.ofNullable(form.selectFirst("#session\\:unit option[selected]"))
                .orElseGet(() -> form.selectFirst("#session\\:unit option"))
                .attr("value");
        HttpResponse<String> scheduled = supervisor.submit(
                form,
                "session",
                Map.of(
                        "guide",
                        form.select("#session\\:guide option").get(1).attr("value"),
                        "date",
                        LocalDate.now(OrganisationZone.ZONE)
                                .plusDays(1000 + random.nextInt(2000))
                                .toString(),
                        "time",
                        "%02d:%02d".formatted(6 + random.nextInt(12), 5 * random.nextInt(12)),
                        "minutes",
                        "60",
                        "place",
                        word,
                        "onlineLink",
                        "https://meet.example.com/" + word),
                "save");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
        String id = scheduled.headers().firstValue("Location").orElseThrow().replaceFirst(".*[?&]id=(\\d+).*", "$1");
        return new Scheduled(id, unit);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tableGeometry(Browser browser) {
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                        const frame = document.getElementById('units-frame');
                        const headers = frame.querySelectorAll('thead th');
                        const last = headers[headers.length - 1];
                        const firstName = frame.querySelector('tbody tr td.unit-cell');
                        const nameLeftBefore = firstName.getBoundingClientRect().left;
                        frame.scrollLeft = frame.scrollWidth;
                        const f = frame.getBoundingClientRect(), l = last.getBoundingClientRect();
                        const lastHeaderInFrame = l.left >= f.left - 1 && l.right <= f.right + 1;
                        const nameLeftAfter = firstName.getBoundingClientRect().left;
                        const clippedNames = [...frame.querySelectorAll('tbody td.unit-cell')]
                            .filter(td => td.scrollWidth > td.clientWidth)
                            .map(td => td.textContent.trim());
                        const result = {
                            viewport: window.innerWidth,
                            pageWidth: document.documentElement.scrollWidth,
                            frameScrolls: frame.scrollWidth > frame.clientWidth,
                            lastHeaderInFrame: lastHeaderInFrame,
                            clippedNames: clippedNames,
                            unitColumnStays: Math.abs(nameLeftAfter - nameLeftBefore) < 1
                                && nameLeftAfter >= f.left - 1,
                            unitBackground: getComputedStyle(firstName).backgroundColor,
                            frame: [f.left, f.right], last: [l.left, l.right]
                        };
                        frame.scrollLeft = 0;
                        return result;
                        """);
    }

    private void check(String username, List<String> desktop, List<String> phone) {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn(username, "kohtaamo-demo");
            for (String page : desktop) {
                browser.go(page);
                browser.heading();
                browser.assertAccessible(page, TAGS);
                assertThat(browser.cspViolations()).as(page).isEmpty();
            }
            // Chromium opens a headless window at least 500 px wide; resized afterwards it keeps 360.
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            for (String page : phone) {
                browser.go(page);
                browser.heading();
                browser.assertNoSidewaysScroll(page + " at 360 px");
                browser.assertAccessible(page + " at 360 px", TAGS);
            }
        }
    }
}
