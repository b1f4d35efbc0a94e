package fi.kohtaamo.casework;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A customer of Palvelupiste Kamppi gives a 2 with a comment on the unit's own survey page and leaves a phone number
 * (a wrong one first, which the field refuses with its reason); the demo supervisor then finds the case from the
 * cockpit's link, sees the comment and the number, acknowledges it, marks the customer contacted, is told on its fields
 * what a resolution needs, and resolves it, after which the number is gone. All on a 360 px phone, axe-checked, with
 * no sideways scrolling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void aSupervisorAcknowledgesContactsAndResolvesACaseFromTheCockpit() {
        String comment = "Jonotin puoli tuntia eikä kukaan kertonut miksi " + UUID.randomUUID();
        try (Browser phone = Browser.open(base, "en", 360, 800)) {
            phone.driver().manage().window().setSize(new Dimension(360, 800));
            phone.go("survey/respond?unit=HKI-KAMPPI&lang=en");
            phone.click(By.cssSelector("label[for='survey:nps:2']"));
            phone.type(By.id("survey:reason"), comment);
            phone.type(By.id("survey:contact"), "call me tomorrow");
            phone.click(By.id("survey:send"));
            phone.waitForText(
                    "Enter a phone number (such as 040 123 4567) or an email address (such as name@example.fi).");
            phone.assertAccessible("the survey with a refused contact", TAGS);
            phone.assertNoSidewaysScroll("the survey at 360 px");
            phone.type(By.id("survey:contact"), "040 123 4567");
            phone.click(By.id("survey:send"));
            phone.waitForText("Thank you!");
        }

        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("home/supervisor");
            assertThat(browser.driver().findElement(By.id("tile-cases")).getText())
                    .contains("Detractor cases")
                    .containsPattern("\\d+ open cases?");
            browser.click(By.id("cases-link"));
            browser.waiting().until(d -> browser.path().startsWith("casework/cases"));
            assertThat(browser.heading()).isEqualTo("Detractor cases");
            new Select(browser.driver().findElement(By.id("state"))).selectByValue("new");
            browser.click(By.id("show"));
            browser.waiting().until(d -> browser.path().contains("state=new"));
            browser.assertAccessible("the cases page", TAGS);
            browser.assertNoSidewaysScroll("the cases page at 360 px");

            // Oldest first: the case just opened is the last of the new ones.
            List<WebElement> open = browser.driver().findElements(By.cssSelector("a[id$='open-case']"));
            assertThat(open).isNotEmpty();
            open.get(open.size() - 1).click();
            browser.waiting().until(d -> browser.path().startsWith("casework/case?"));
            assertThat(browser.driver().findElement(By.id("case-comment")).getText())
                    .isEqualTo(comment);
            assertThat(browser.driver().findElement(By.id("case-contact")).getText())
                    .isEqualTo("040 123 4567");
            assertThat(browser.driver().findElement(By.id("case-state")).getText())
                    .isEqualTo("New");
            browser.assertAccessible("a new case", TAGS);

            browser.click(By.id("actions:acknowledge"));
            browser.waitForText("The case is acknowledged.");
            assertThat(browser.driver().findElement(By.id("case-state")).getText())
                    .isEqualTo("Acknowledged");
            browser.click(By.id("actions:contacted"));
            browser.waitForText("The customer is marked contacted.");
            assertThat(browser.driver().findElement(By.id("case-state")).getText())
                    .isEqualTo("Contacted");
            browser.assertAccessible("the resolution form", TAGS);
            browser.assertNoSidewaysScroll("the resolution form at 360 px");

            resolve(browser);
            browser.waitForText("Write a short note on how the case was resolved.");
            assertThat(browser.driver().findElement(By.id("case-state")).getText())
                    .isEqualTo("Contacted");

            browser.type(By.id("resolve:note"), "Soitin asiakkaalle ja pahoittelin; jonotilanteesta kerrotaan heti.");
            new Select(browser.driver().findElement(By.id("resolve:rootCause"))).selectByValue("factor:communication");
            resolve(browser);
            browser.waitForText("The case is resolved.");
            assertThat(browser.driver().findElement(By.id("case-state")).getText())
                    .isEqualTo("Resolved");
            assertThat(browser.driver().findElement(By.id("case-note")).getText())
                    .isEqualTo("Soitin asiakkaalle ja pahoittelin; jonotilanteesta kerrotaan heti.");
            assertThat(browser.driver().findElement(By.id("case-root-cause")).getText())
                    .isEqualTo("Communication and response time");
            assertThat(browser.driver().findElement(By.id("case-contact")).getText())
                    .isEqualTo("The customer's contact details have been erased.");
            assertThat(browser.driver().findElement(By.id("case-history")).getText())
                    .contains("Acknowledged")
                    .contains("Contacted")
                    .contains("Resolved");
            browser.assertAccessible("a resolved case", TAGS);
        }
    }

    @Test
    void hrReadsTheCasesPerUnitAndRefusesATargetOutOfRange() {
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.go("casework/figures");
            assertThat(browser.heading()).isEqualTo("Detractor cases per unit");
            assertThat(browser.driver().findElement(By.id("figures")).getText())
                    .contains("Palvelupiste Kamppi")
                    .contains("Cases opened");
            browser.assertAccessible("HR's cases per unit", TAGS);
            browser.assertNoSidewaysScroll("HR's cases per unit at 360 px");
            browser.type(By.id("target:hours"), "0");
            browser.click(By.id("target:saveTarget"));
            browser.waitForText("Give the target in whole hours from 1 to 720.");
            browser.go("casework/cases");
            assertThat(browser.heading())
                    .as("the cases page is the supervisors'")
                    .isEqualTo("Not available to you");
        }
    }

    /** Resolves with the form as it is, confirming in the dialog. */
    private static void resolve(Browser browser) {
        browser.click(By.id("resolve:resolveButton"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    }
}
