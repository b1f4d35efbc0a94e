package fi.kohtaamo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import fi.kohtaamo.Browser;
import fi.kohtaamo.WebClient;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A customer answers the unit's survey on a phone-sized screen, without signing in, and the answer counts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyJourneyIT {

    private static final String UNIT = "TRE-PP";

    @ArquillianResource
    URL base;

    @Test
    void aCustomerAnswersOnAPhoneInSwedishAndTheAnswerCounts() {
        int before = responses();
        try (Browser phone = Browser.open(base, "sv", 390, 844)) {
            phone.go("survey/respond?unit=" + UNIT);
            assertThat(phone.heading()).isEqualTo("Palvelupiste Tampere");
            assertThat(phone.text()).contains("Hur sannolikt är det att du skulle rekommendera oss");
            assertThat(new AxeBuilder()
                            .withTags(List.of("wcag2a", "wcag2aa", "wcag21aa"))
                            .analyze(phone.driver())
                            .getViolations())
                    .filteredOn(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .isEmpty();

            // Sent empty: the missing score is named.
            phone.click(By.id("survey:send"));
            phone.waitForText("Välj ett tal från 0 till 10.");
            phone.click(By.cssSelector("label[for='survey:nps:9']"));
            phone.click(By.cssSelector("label[for='survey:csat:4']"));
            phone.type(By.id("survey:reason"), "Snabb och vänlig service <script>alert(1)</script>");
            phone.click(By.id("survey:send"));
            phone.waitForText("Tack!");
        }
        assertThat(responses()).isEqualTo(before + 1);
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.go("survey/results?unit=" + unitId());
            assertThat(browser.driver().findElement(By.id("comments")).getText())
                    .contains("Snabb och vänlig service <script>alert(1)</script>");
        }
    }

    /**
     * The one test that needs a person's real pace: the server, which the other tests let answer at once, keeps the
     * survey's default minimum time of 2 s for as long as this test runs ({@code SurveyPaceServlet}, in the test
     * deployment only).
     */
    @Test
    void anAnswerSentFasterThanAPersonCouldSaysSoKeepsTheChoiceAndGoesWithOneMoreClick() {
        pace(2);
        try (Browser phone = Browser.open(base, "en", 390, 844)) {
            phone.go("survey/respond?unit=" + UNIT + "&lang=en");
            phone.click(By.cssSelector("label[for='survey:nps:3']"));
            phone.click(By.id("survey:send"));
            phone.waitForText("Your answer was sent so soon after opening the page");
            assertThat(phone.driver().findElement(By.id("survey:nps:3")).isSelected())
                    .as("the customer's choice is kept")
                    .isTrue();

            // Sending again counts from when the page was first opened: once two seconds have passed, it goes.
            phone.waiting().until(d -> {
                if (phone.text().contains("Thank you!")) {
                    return true;
                }
                phone.click(By.id("survey:send"));
                return false;
            });
        } finally {
            pace(0);
        }
    }

    /** Sets how many seconds a person needs before an answer may be sent, on the running server. */
    private void pace(int seconds) {
        assertThat(WebClient.anonymous(base)
                        .get("it/survey-pace?seconds=" + seconds)
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void theSurveyOfAnUnknownUnitIsNotFound() {
        try (Browser phone = Browser.open(base, "en", 390, 844)) {
            phone.go("survey/respond?unit=NO-SUCH-UNIT");
            assertThat(phone.heading()).isEqualTo("Page not found");
        }
    }

    private int responses() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.go("survey/results?unit=" + unitId(browser));
            // Waited for: under Chromium 150 the address can answer before the heading is in the page.
            String heading = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("months-heading")))
                    .getText();
            return Integer.parseInt(heading.replaceAll(".*: (\\d+) .*", "$1"));
        }
    }

    private String unitId() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            return unitId(browser);
        }
    }

    private static String unitId(Browser browser) {
        browser.go("home/hr");
        return browser.homeUnitLink("Palvelupiste Tampere").getAttribute("href").replaceAll(".*unit=", "");
    }
}
