package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.insight.AdviceAssertions;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The demo supervisor's cockpit on a 360 px phone, as Sari Kallio of Palvelupiste Kamppi sees it: the demo's figures in
 * the tiles (her completed track, Kamppi's staff overdue with the demo employee among them, the workshop in a few
 * days, the team's commitments due this week), no sideways scrolling, no serious axe violation, and every tile's link
 * opening the page where the work is done. One browser and one sign-in; the figures themselves are checked against
 * data a test makes in {@link HomeIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorHomeJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void theDemoSupervisorSeesEveryTileOnAPhoneAndEachLinkOpensItsPage() {
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            // Chromium opens a headless window at least 500 px wide; resized afterwards it keeps 360.
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("home/supervisor");

            assertThat(browser.heading()).isEqualTo("My team");
            assertThat(text(browser, "cockpit-unit")).isEqualTo("Palvelupiste Kamppi");
            assertThat(text(browser, "tile-own")).contains("5 / 5").contains("You have completed the track");
            assertThat(text(browser, "overdue")).contains("Eetu Laaksonen – Response time and keeping promises");
            assertThat(text(browser, "workshop-guide")).isEqualTo("The customer's path");
            assertThat(text(browser, "workshop-invited")).matches("\\d+ people invited");
            assertThat(text(browser, "commitments-soon"))
                    .contains("Soitamme jokaiselle asiakkaalle")
                    .contains("The whole team")
                    .contains("Eetu Laaksonen");
            assertThat(text(browser, "next-step")).isNotBlank();
            String kamppi = browser.driver()
                    .findElement(By.id("commitments-link"))
                    .getDomAttribute("href")
                    .replaceAll(".*unit=", "");
            AdviceAssertions.assertRealAdvice(browser, kamppi);
            browser.assertNoSidewaysScroll("the cockpit at 360 px");
            browser.assertAccessible("the supervisor's cockpit at 360 px", TAGS);

            Map<String, String> links = new LinkedHashMap<>();
            links.put("next-step", "");
            links.put("own-link", "learning/my-learning");
            links.put("nps-link", "survey/results?unit=");
            links.put("staff-link", "learning/team-progress?unit=");
            links.put("facilitate-link", "workshop/facilitate?id=");
            links.put("session-link", "workshop/session?id=");
            links.put("commitments-link", "insight/unit?unit=");
            links.put("pulse-link", "insight/unit?unit=");
            links.put("team-link", "organisation/team?unit=");
            for (Map.Entry<String, String> link : links.entrySet()) {
                String href = browser.driver().findElement(By.id(link.getKey())).getDomAttribute("href");
                browser.click(By.id(link.getKey()));
                browser.waiting().until(d -> !browser.path().startsWith("home/supervisor"));
                String page = href.substring(base.getPath().length()).split("\\?")[0];
                assertThat(browser.path())
                        .as(link.getKey())
                        .startsWith(link.getValue())
                        .startsWith(page);
                assertThat(browser.heading()).as(link.getKey()).isNotEqualTo("Not available to you");
                browser.driver().navigate().back();
                browser.waiting().until(d -> browser.path().startsWith("home/supervisor"));
            }
        }
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
