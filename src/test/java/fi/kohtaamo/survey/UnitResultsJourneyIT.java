package fi.kohtaamo.survey;

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
import org.openqa.selenium.WebElement;

/**
 * The supervisor reads their own unit's customer results, never another unit's; HR reads any. Comments are read by
 * their themes: the shares of each theme, and the comments filtered by theme and sentiment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitResultsJourneyIT {

    @ArquillianResource
    URL base;

    @Test
    void supervisorSeesTheirUnitsMonthlyResultsButNotAnotherUnits() {
        String turku;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            turku = browser.homeUnitLink("Palvelupiste Turku")
                    .getAttribute("href")
                    .replaceAll(".*unit=", "");
            browser.go("survey/results?unit=" + turku);
            assertThat(browser.text()).contains("Palvelupiste Turku:").contains("NPS ± 95 %");

            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("unit")))
                    .selectByVisibleText("Pohjolan Palvelu Oy");
            browser.click(By.id("show"));
            browser.waitForText("Pohjolan Palvelu Oy:");
            assertThat(browser.driver().findElements(By.cssSelector("#trend_canvas[role=img]")))
                    .as("the organisation-wide chart")
                    .hasSize(1);
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.click(By.id("nav-results"));
            assertThat(browser.heading()).isEqualTo("Customer results");
            assertThat(browser.text()).contains("Palvelupiste Kamppi:", "responses in two years", "Latest comments");
            assertThat(browser.driver().findElements(By.cssSelector("#monthsForm\\:months tbody tr")))
                    .hasSizeGreaterThanOrEqualTo(20);
            assertThat(browser.driver().findElements(By.cssSelector("#trend_canvas")))
                    .hasSize(1);
            assertThat(browser.text()).contains("Employee pulse");
            String kamppi = browser.driver()
                    .findElement(By.id("poster-link"))
                    .getAttribute("href")
                    .replaceAll(".*unit=", "");

            browser.click(By.id("poster-link"));
            assertThat(browser.heading()).isEqualTo("Survey poster");
            assertThat(browser.driver().findElement(By.id("address")).getText())
                    .endsWith("/survey/respond?unit=HKI-KAMPPI");
            assertThat(browser.driver().findElements(By.cssSelector("#qr svg path")))
                    .hasSize(1);
            assertThat(browser.text()).contains("Miten onnistuimme?", "Hur lyckades vi?", "How did we do?");

            browser.go("survey/poster?unit=" + turku);
            assertThat(browser.heading()).isEqualTo("Not available to you");
            browser.go("survey/poster?unit=" + kamppi);
            assertThat(browser.heading()).isEqualTo("Survey poster");

            browser.go("survey/results?unit=" + turku);
            assertThat(browser.heading()).isEqualTo("Not available to you");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", "kohtaamo-demo");
            browser.go("survey/results");
            assertThat(browser.heading()).isEqualTo("Not available to you");
        }
    }

    @Test
    void supervisorReadsTheCommentsOfOneThemeAndSentiment() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("survey/results");
            assertThat(browser.text()).contains("What the comments are about");
            assertThat(browser.driver().findElements(By.cssSelector("#theme-shares tbody tr")))
                    .as("one row per theme")
                    .hasSize(10);

            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("theme")))
                    .selectByVisibleText("Waiting");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("sentiment")))
                    .selectByVisibleText("complaint");
            browser.click(By.id("filter-comments"));
            browser.waitForText("Waiting: complaint");

            List<WebElement> comments = browser.driver().findElements(By.cssSelector("#comments li"));
            assertThat(comments)
                    .isNotEmpty()
                    .allSatisfy(comment -> assertThat(comment.getText()).contains("Waiting: complaint"));
            assertThat(new org.openqa.selenium.support.ui.Select(
                                    browser.driver().findElement(By.id("theme")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Waiting");

            browser.go("survey/results?theme=no-such-theme");
            assertThat(browser.heading()).isEqualTo("Page not found");
        }
    }
}
