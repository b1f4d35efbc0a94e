package fi.kohtaamo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.platform.config.OrganisationZone;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Facilitator mode's last step: the supervisor records the team's commitments there and then, a commitment without its
 * text is explained on that field, and finishing opens the session page, where the commitment is listed; its owner
 * finds it on their home page. The step is axe-clean at a desktop's width and on a 360 px phone, where it fits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FacilitatorJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void theLastStepRecordsTheTeamsCommitmentsAndFinishesOnTheSessionPage() {
        String session = scheduleASession();
        String what = "Kerromme asiakkaalle aina, mitä seuraavaksi tapahtuu " + session;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("workshop/facilitate?id=" + session);
            toLastStep(browser);
            assertThat(browser.driver().findElement(By.id("commitments")).getText())
                    .contains("No commitments recorded in this session yet.");
            browser.assertAccessible("the last step", TAGS);

            browser.click(By.id("commitments:addCommitment"));
            assertThat(errorOf(browser, "commitments:what")).isEqualTo("Write what the team will do.");
            browser.assertAccessible("the last step with a field's error", TAGS);

            browser.type(By.id("commitments:what"), what);
            new Select(browser.driver().findElement(By.id("commitments:owner"))).selectByVisibleText("Eetu Laaksonen");
            setValue(
                    browser,
                    "commitments:due",
                    LocalDate.now(OrganisationZone.ZONE).plusDays(14).toString());
            new Select(browser.driver().findElement(By.id("commitments:factor")))
                    .selectByVisibleText("Communication and response time");
            browser.click(By.id("commitments:addCommitment"));
            browser.waitForText("The commitment was added.");
            browser.waiting().until(d -> d.findElement(By.id("made")).getText().contains(what));
            assertThat(browser.driver().findElement(By.id("made")).getText()).contains("Eetu Laaksonen");
            assertThat(browser.driver().findElement(By.id("commitments:what")).getAttribute("value"))
                    .as("the form is empty for the next commitment")
                    .isEmpty();
            browser.assertAccessible("the last step with a commitment", TAGS);

            browser.click(By.id("commitments:finish"));
            browser.waitForText("The workshop's notes and commitments are saved.");
            assertThat(browser.path()).startsWith("workshop/session?id=" + session);
            assertThat(browser.driver().findElement(By.id("commitments:list")).getText())
                    .contains(what);
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", "kohtaamo-demo");
            assertThat(browser.driver().findElement(By.id("my-commitments")).getText())
                    .contains(what);
            browser.go("workshop/facilitate?id=" + session);
            assertThat(browser.heading())
                    .as("only those who oversee the session's unit run it")
                    .isEqualTo("Not available to you");
        }
    }

    @Test
    void theLastStepFitsAPhoneAndStaysAccessible() {
        String session = scheduleASession();
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            // Chromium opens a headless window at least 500 px wide; resized afterwards it keeps 360.
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("workshop/facilitate?id=" + session);
            toLastStep(browser);
            browser.assertNoSidewaysScroll("the last step at 360 px");
            browser.assertAccessible("the last step at 360 px", TAGS);

            browser.click(By.id("commitments:addCommitment"));
            assertThat(errorOf(browser, "commitments:what")).isEqualTo("Write what the team will do.");
            browser.assertNoSidewaysScroll("the last step with a field's error at 360 px");
            browser.assertAccessible("the last step with a field's error at 360 px", TAGS);
        }
    }

    /** The supervisor schedules a session of their unit, far enough ahead to overlap no other test's. */
    private String scheduleASession() {
        WebClient supervisor = WebClient.signedIn(base, "supervisor.demo", "kohtaamo-demo");
        Document form = supervisor.page("workshop/session-edit");
        Random random = new Random();
        HttpResponse<String> scheduled = supervisor.submit(
                form,
                "session",
                Map.of(
                        "guide",
                        "what-customers-feel",
                        "date",
                        LocalDate.now(OrganisationZone.ZONE)
                                .plusDays(3000 + random.nextInt(3000))
                                .toString(),
                        "time",
                        "%02d:%02d".formatted(6 + random.nextInt(12), 5 * random.nextInt(12)),
                        "minutes",
                        "60",
                        "place",
                        "Kampin neuvotteluhuone"),
                "save");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
        return scheduled.headers().firstValue("Location").orElseThrow().replaceFirst(".*[?&]id=(\\d+).*", "$1");
    }

    /** Steps through the guide with Next, waiting for each step to replace the last, until the commitments form shows. */
    private static void toLastStep(Browser browser) {
        browser.waitForText("Step 1 /");
        while (!browser.driver().findElements(By.id("facilitate:next")).isEmpty()) {
            String step = browser.driver().findElement(By.id("agenda-step")).getText();
            browser.click(By.id("facilitate:next"));
            browser.waiting()
                    .until(d -> !d.findElement(By.id("agenda-step")).getText().equals(step));
        }
        browser.waiting().until(d -> d.findElement(By.id("commitments:what")).isDisplayed());
    }

    /** The error shown beside a field, once it shows. */
    private static String errorOf(Browser browser, String fieldId) {
        By error = By.xpath("//input[@id='" + fieldId + "']/following-sibling::*[contains(@class,'field-error')]");
        return browser.waiting()
                .until(d -> d.findElements(error).stream()
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .findFirst()
                        .orElse(null));
    }

    /** Date inputs are typed in the browser's own format; setting the value is locale-proof. */
    private static void setValue(Browser browser, String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
