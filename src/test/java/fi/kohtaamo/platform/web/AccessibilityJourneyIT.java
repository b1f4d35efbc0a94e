package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fi.kohtaamo.Browser;
import fi.kohtaamo.KohtaamoDeployment;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every main page of each role, checked with axe-core in headless Chromium against WCAG 2.1 A and AA: no serious or
 * critical violation may appear. The page is checked as a signed-in user sees it, in English and in Finnish. Each page
 * must also work under its Content-Security-Policy: Chromium may report nothing blocked.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KohtaamoDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSignInPageHasNoSeriousViolations() {
        for (String language : List.of("en", "fi")) {
            try (Browser browser = Browser.open(base, language)) {
                browser.go("login");
                assertAccessible(browser, "login (" + language + ")");
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

    @Test
    void employeePagesHaveNoSeriousViolations() {
        check(
                "employee.demo",
                "home/employee",
                "learning/my-learning",
                "learning/module?id=no-bouncing&step=1",
                "pulse/answer");
    }

    @Test
    void supervisorPagesHaveNoSeriousViolations() {
        check(
                "supervisor.demo",
                "home/supervisor",
                "learning/team-progress",
                "learning/assignments",
                "workshop/sessions",
                "workshop/session-edit",
                "survey/results");
    }

    @Test
    void hrAndAdministrationPagesHaveNoSeriousViolations() {
        check(
                "hr.demo",
                "home/hr",
                "workshop/coverage",
                "organisation/people",
                "organisation/person",
                "pulse/rounds",
                "survey/import",
                "survey/invitations",
                "insight/dashboard",
                "insight/analyses",
                "audit/log");
        check("admin.demo", "home/admin", "organisation/units", "notification/outbox", "survey/api-keys", "password");
    }

    private void check(String username, String... pages) {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn(username, "kohtaamo-demo");
            for (String page : pages) {
                browser.go(page);
                browser.heading();
                assertAccessible(browser, page);
                assertThat(browser.cspViolations()).as(page).isEmpty();
            }
        }
    }

    private static void assertAccessible(Browser browser, String page) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious)
                .as(() -> page + ": "
                        + serious.stream()
                                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                        + v.getNodes().stream()
                                                .limit(3)
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
