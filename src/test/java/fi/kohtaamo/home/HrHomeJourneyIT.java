package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * HR's home page on the demo, in headless Chromium, with one browser and one sign-in: the coverage tiles, the NPS
 * trend and the lists are there, every link in them opens its page (each is fetched in the signed-in session, and the
 * first unit that needs attention is opened for real), the page is axe-clean, and at 360 px nothing is wider than the
 * phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HrHomeJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final int PHONE = 360;

    @ArquillianResource
    URL base;

    @Test
    void hrSeesTheOrganisationAtAGlanceAndEveryLinkLeadsToItsPage() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.go("home/hr");
            assertThat(browser.heading()).isEqualTo("Organisation");
            for (String tile : List.of("tile-coached", "tile-staff", "tile-workshops")) {
                assertThat(browser.driver().findElement(By.id(tile)).getText())
                        .as(tile)
                        .matches("(?s).*\\d.*");
            }
            assertThat(browser.driver().findElements(By.cssSelector("#trend, #trend-empty")))
                    .as("the trend or its empty state")
                    .isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#attention, #attention-empty")))
                    .isNotEmpty();
            browser.assertAccessible("home/hr", TAGS);

            JavascriptExecutor script = (JavascriptExecutor) browser.driver();
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            // The tiles' links, the first unit that needs attention, and the imports' and pulse rounds' links (or
            // their empty states' links), each fetched once in this session, one after the other.
            @SuppressWarnings("unchecked")
            Map<String, Object> statuses = (Map<String, Object>) script.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const links = [...document.querySelectorAll(
                        '.home-tiles a[href], #attention a.attention-unit, .home-columns a[href]')]
                        .map(a => a.href);
                    const first = document.querySelector('#attention a.attention-unit');
                    const chosen = [...new Set(links)].filter(href => !href.includes('insight/unit')
                        || (first && href === first.href));
                    (async () => {
                        const statuses = {};
                        for (const href of chosen) {
                            statuses[href] = await fetch(href).then(r => r.status, e => String(e));
                        }
                        done(statuses);
                    })();
                    """);
            assertThat(statuses).as("links on HR's home").isNotEmpty();
            assertThat(statuses)
                    .allSatisfy((href, status) -> assertThat(status).as(href).isEqualTo(200L));

            List<WebElement> units = browser.driver().findElements(By.cssSelector("#attention a.attention-unit"));
            if (!units.isEmpty()) {
                String name =
                        units.get(0).findElement(By.className("attention-name")).getText();
                WebElement page = browser.driver().findElement(By.tagName("html"));
                browser.click(By.cssSelector("#attention a.attention-unit"));
                browser.waiting().until(ExpectedConditions.stalenessOf(page));
                assertThat(browser.heading()).isEqualTo(name);
            }

            browser.driver().manage().window().setSize(new Dimension(PHONE, 800));
            browser.go("home/hr");
            browser.heading();
            browser.assertFitsWindow("home/hr at 360 px");
            browser.assertAccessible("home/hr at 360 px", TAGS);
        }
    }
}
