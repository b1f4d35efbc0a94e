package fi.kohtaamo.notification;

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
 * The pages where reminders are set, on a 360 px phone in headless Chromium: HR's reminder days and a person's own
 * choice on their settings page, each axe-clean and never wider than the phone. One browser, one sign-in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemindersJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void theReminderPagesReadRightOnAPhone() {
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            // Chromium opens a headless window at least 500 px wide; resized afterwards it keeps 360.
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn("hr.demo", "kohtaamo-demo");

            browser.go("notification/reminders");
            assertThat(browser.heading()).isEqualTo("Reminders");
            assertThat(browser.driver().findElement(By.id("reminders:days")).getDomProperty("value"))
                    .matches("\\d+");
            browser.assertAccessible("notification/reminders at 360 px", TAGS);
            assertFits(browser);

            browser.go("password");
            assertThat(browser.text()).contains("Reminders by mail", "Workshop invitations come in any case.");
            assertThat(browser.driver().findElement(By.id("reminders:wanted")).isSelected())
                    .isTrue();
            browser.assertAccessible("password at 360 px", TAGS);
            assertFits(browser);
        }
    }

    private static void assertFits(Browser browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        assertThat((Long) script.executeScript("return document.documentElement.scrollWidth;"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(360);
    }
}
