package fi.kohtaamo.curriculum;

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

/**
 * HR reads the content page on a phone's 360 px: searches the curriculum by title, opens a module with its versions,
 * the redo section and who completed it, and a workshop guide with its versions. Every view is axe-clean and fits
 * the width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void hrSearchesTheCurriculumAndReadsAModuleAndAGuideOnAPhone() {
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.go("curriculum/content");
            assertThat(browser.heading()).isEqualTo("Content and its versions");
            assertThat(browser.driver().findElements(By.cssSelector("#list\\:items tbody tr")))
                    .hasSizeGreaterThanOrEqualTo(20);
            browser.assertNoSidewaysScroll("the content page at 360 px");
            browser.assertAccessible("the content page at 360 px", TAGS);

            browser.type(By.id("search:q"), "bouncing");
            browser.click(By.id("search:find"));
            browser.waitForText("No bouncing");
            assertThat(browser.driver().findElements(By.cssSelector("#list\\:items tbody tr")))
                    .hasSize(1);

            browser.click(By.linkText("No bouncing"));
            assertThat(browser.heading()).isEqualTo("No bouncing");
            assertThat(browser.driver().findElement(By.id("versions")).getText())
                    .contains("1.0");
            assertThat(browser.driver().findElement(By.id("one-version")).getText())
                    .startsWith("There is only one version so far");
            assertThat(browser.driver().findElement(By.id("redo-count")).getText())
                    .isEqualTo("Nobody who counts for this module completed a major version earlier than 1.0.");
            assertThat(browser.driver().findElements(By.cssSelector("#people\\:learners tbody tr")))
                    .as("the demo's learners, 25 to a page")
                    .hasSize(25);
            browser.assertNoSidewaysScroll("a module's versions at 360 px");
            browser.assertAccessible("a module's versions at 360 px", TAGS);

            browser.click(By.id("back"));
            browser.click(By.linkText("Busy days without losing the customer"));
            assertThat(browser.text()).contains("Workshop guide versions are kept from December 2026 on");
            browser.assertNoSidewaysScroll("a guide's versions at 360 px");
            browser.assertAccessible("a guide's versions at 360 px", TAGS);
        }
    }
}
