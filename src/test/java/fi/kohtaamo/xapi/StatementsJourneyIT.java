package fi.kohtaamo.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The administrator's page of learning records in headless Chromium, reached from their home page: the store it
 * sends to, the counts and the statements not sent (with their JSON opened); axe-clean, and nothing wider than a
 * 360 px phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementsJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void theAdministratorReadsWhatWasSentToTheStoreOnAPhone() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("admin.demo", "kohtaamo-demo");
            browser.click(By.id("xapi-link"));
            assertThat(browser.heading()).isEqualTo("Learning records (xAPI)");
            assertThat(browser.driver().findElement(By.id("xapi-status")).getText())
                    .startsWith("Learning records are sent as xAPI statements to the learning record store at http://")
                    .endsWith("/xapi/statements");
            openEveryStatement(browser);
            browser.assertAccessible("xapi/statements", TAGS);

            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.go("xapi/statements");
            browser.heading();
            openEveryStatement(browser);
            browser.assertFitsWindow("xapi/statements at 360 px");
            browser.assertAccessible("xapi/statements at 360 px", TAGS);
        }
    }

    private static void openEveryStatement(Browser browser) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
    }
}
