package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The administrator's home page on the demo, in headless Chromium with one sign-in: each of the four things that may
 * need doing (mail not delivered, locked accounts, failed imports, people to sort out) shows either its items or that
 * there is nothing to do; its links open their pages; axe-clean, and nothing wider than a 360 px phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminHomeJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void theAdministratorSeesWhatNeedsDoingAndEachLinkLeadsToItsPage() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("admin.demo", "kohtaamo-demo");
            assertThat(browser.heading()).isEqualTo("Administration");
            // Each card: the things to do, or its "Nothing to do." empty state.
            Map<String, String> items = Map.of(
                    "mail", "#mail-failing",
                    "locked", "#locked",
                    "imports", "#failed-imports",
                    "people", "#without-unit, #inactive-supervisors");
            items.forEach((task, list) -> {
                WebElement card =
                        browser.driver().findElement(By.id(task + "-heading")).findElement(By.xpath(".."));
                List<WebElement> empty = card.findElements(By.id(task + "-empty"));
                List<WebElement> things = card.findElements(By.cssSelector(list));
                assertThat(empty.size() + things.size())
                        .as(task + ": its items or its empty state")
                        .isPositive();
                empty.forEach(e -> assertThat(e.getText()).as(task).startsWith("Nothing to do."));
            });
            browser.assertAccessible("home/admin", TAGS);

            browser.click(By.id("outbox-link"));
            assertThat(browser.heading()).isEqualTo("Outbox");
            browser.go("home/admin");
            browser.click(By.id("manage-people"));
            assertThat(browser.heading()).isEqualTo("People");

            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.go("home/admin");
            browser.heading();
            browser.assertFitsWindow("home/admin at 360 px");
            browser.assertAccessible("home/admin at 360 px", TAGS);
        }
    }
}
