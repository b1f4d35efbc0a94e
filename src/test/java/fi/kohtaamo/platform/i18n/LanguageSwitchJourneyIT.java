package fi.kohtaamo.platform.i18n;

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
 * The language switch in headless Chromium on a 360 px phone: a browser asking for Finland-Swedish gets the sign-in
 * page in Swedish, the switch offers Suomi, Svenska and English with Swedish marked as the current one, switching goes
 * to English and back; the pages, signed out and signed in, are axe-clean and do not scroll sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageSwitchJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void aFinlandSwedishBrowserGetsSwedishAndTheSwitchOffersThreeLanguages() {
        try (Browser browser = Browser.open(base, "sv-FI", 360, 800)) {
            browser.go("login");
            assertThat(html(browser)).isEqualTo("sv");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("label[for=username]"))
                            .getText())
                    .isEqualTo("Användarnamn *");
            List<WebElement> switches = browser.driver().findElements(By.cssSelector("#languageForm a"));
            assertThat(switches).extracting(WebElement::getText).containsExactly("Suomi", "Svenska", "English");
            assertThat(switches).extracting(a -> a.getDomAttribute("lang")).containsExactly("fi", "sv", "en");
            assertThat(browser.driver().findElement(By.id("lang-sv")).getDomAttribute("aria-current"))
                    .isEqualTo("true");
            browser.assertAccessible("login (sv) at 360 px", TAGS);
            browser.assertNoSidewaysScroll("login (sv)");

            browser.click(By.id("lang-en"));
            browser.waitForText("Username");
            assertThat(html(browser)).isEqualTo("en");
            browser.click(By.id("lang-sv"));
            browser.waitForText("Användarnamn");

            browser.signIn("employee.demo", "kohtaamo-demo");
            assertThat(html(browser)).isEqualTo("sv");
            assertThat(browser.heading()).isEqualTo("Min startsida");
            browser.assertAccessible("home/employee (sv) at 360 px", TAGS);
            browser.assertNoSidewaysScroll("home/employee (sv)");
        }
    }

    private static String html(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }
}
