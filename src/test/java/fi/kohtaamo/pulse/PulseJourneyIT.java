package fi.kohtaamo.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * HR opens a pulse round, an employee answers it anonymously, nothing of it shows before it closes, and HR closes it
 * early after confirming.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PulseJourneyIT {

    @ArquillianResource
    URL base;

    @Test
    void hrOpensARoundAndAnEmployeeAnswersItOnce() {
        String title = "Pulssi " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.click(By.id("nav-pulse-rounds"));
            browser.type(By.id("open:title"), title);
            WebElement kamppi = browser.driver().findElement(By.xpath("//label[contains(., 'Palvelupiste Kamppi')]"));
            browser.click(By.id(kamppi.getAttribute("for")));
            browser.click(By.id("open:openRound"));
            browser.waitForText("The round is open.");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", "kohtaamo-demo");
            browser.click(By.id("nav-pulse"));
            assertThat(browser.heading()).isEqualTo("Pulse survey");
            browser.click(By.id("pulse:send"));
            browser.waitForText("Answer statement 1 before you send.");
            // Rounds left open by earlier runs on the same database come first; answer until ours is done.
            java.util.List<String> answered = new java.util.ArrayList<>();
            while (!browser.driver().findElements(By.id("pulse")).isEmpty() && answered.size() < 10) {
                answered.add(browser.driver()
                        .findElement(By.cssSelector("#pulse h2"))
                        .getText());
                var statements = browser.driver().findElements(By.cssSelector("fieldset.question"));
                for (int i = 0; i < 12; i++) {
                    label(browser, statements.get(i), ":4");
                }
                label(browser, statements.get(12), ":9");
                browser.click(By.id("pulse:send"));
                browser.waitForText("Your answer was saved anonymously.");
                browser.go("pulse/answer");
                browser.heading();
            }
            assertThat(answered).contains(title);

            assertThat(browser.text()).doesNotContain(title).contains("There is no pulse survey open for you");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.click(By.id("nav-pulse-rounds"));
            browser.click(By.linkText(title));
            WebElement row = browser.waiting()
                    .until(d -> d.findElement(By.xpath("//tr[td[contains(., 'Palvelupiste Kamppi')]]")));
            assertThat(row.getText())
                    .as("nothing of an open round is shown, however many have answered")
                    .contains("Results appear once the round has closed. It closes on");
            assertThat(browser.text())
                    .contains("Results appear when at least", "people have answered and the round has closed");

            browser.click(By.cssSelector("button[aria-label='Close now: " + title + "']"));
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            assertThat(browser.text()).contains("Close this round now? Nobody can answer it afterwards");
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("The round is closed.");
            WebElement closed = browser.waiting()
                    .until(d -> d.findElement(By.xpath("//tr[td[contains(., 'Palvelupiste Kamppi')]]")));
            assertThat(closed.getText())
                    .as("closed early, the round shows what a closed round shows: here too few answered")
                    .doesNotContain("Results appear once the round has closed")
                    .contains("answered, so nothing is shown");
            assertThat(browser.driver()
                            .findElement(By.xpath("//li[a[text()='" + title + "']]"))
                            .getText())
                    .contains("(closed early)");
            assertThat(browser.driver().findElements(By.cssSelector("button[aria-label='Close now: " + title + "']")))
                    .as("a closed round cannot be closed again")
                    .isEmpty();
        }
    }

    /** Picks a statement's answer by its label (the radio itself is hidden), the one whose id ends in {@code suffix}. */
    private static void label(Browser browser, WebElement statement, String suffix) {
        String option = statement
                .findElement(By.cssSelector("label[for$='" + suffix + "']"))
                .getAttribute("for");
        browser.click(By.cssSelector("label[for='" + option + "']"));
    }
}
