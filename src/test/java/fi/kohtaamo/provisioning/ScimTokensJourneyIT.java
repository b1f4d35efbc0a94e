package fi.kohtaamo.provisioning;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An administrator creates a provisioning token on a phone, sees its secret once, and revokes it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScimTokensJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorCreatesATokenSeesItOnceAndRevokesIt() {
        String name = "Entra " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            browser.signIn("admin.demo", "kohtaamo-demo");
            browser.go("provisioning/tokens");
            assertThat(browser.heading()).isEqualTo("Provisioning tokens (SCIM)");
            assertThat(browser.driver().findElement(By.id("scim-base-url")).getText())
                    .endsWith("/scim/v2");

            browser.click(By.id("create:createToken"));
            browser.waitForText("Give the token a name of at most 120 characters.");
            browser.type(By.id("create:name"), name);
            browser.click(By.id("create:createToken"));
            browser.waitForText("The token was created.");
            assertThat(browser.driver().findElement(By.id("new-secret")).getText())
                    .startsWith("ks_");
            browser.assertAccessible("provisioning/tokens at 360 px", TAGS);
            browser.assertNoSidewaysScroll("provisioning/tokens");

            browser.go("provisioning/tokens");
            assertThat(browser.driver().findElements(By.id("new-secret")))
                    .as("the secret is shown once")
                    .isEmpty();
            By row = By.xpath("//tbody//tr[td[contains(normalize-space(), '" + name + "')]]");
            browser.click(By.xpath("//tbody//tr[td[contains(normalize-space(), '" + name + "')]]//button"));
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(name + " was revoked.");
            assertThat(browser.driver().findElement(row).getText()).contains("Revoked");
        }
    }
}
