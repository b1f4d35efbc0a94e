package fi.kohtaamo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Single sign-on in headless Chromium against a real OpenID provider on loopback ({@link OpenIdProvider}): a demo
 * person signs in on the provider's own login page, is matched by email and lands on their role's home page; signing
 * out passes through the provider's end-session endpoint with the ID token as the hint; a person the provider knows but
 * Kohtaamo does not is refused with a page that says why and whom to ask (axe-clean, and fits a phone); a callback
 * that no sign-in of this browser started is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("no-database-code")
class SingleSignOnJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    static final OpenIdProvider PROVIDER = new OpenIdProvider();

    @ArquillianResource
    URL base;

    @Test
    void aPersonSignsInAtTheProviderLandsHomeAndSignsOutThereTooAndAStrangerIsToldWhy() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login").waitForText("Sign in with Pohjola ID");
            // The password form stays for the demo and as the administrators' way in.
            assertThat(browser.driver().findElements(By.id("username"))).hasSize(1);
            browser.click(By.id("singleSignOn"));
            atProviderSignIn(browser, "hanna-at-provider", """
                    {"email": "Hanna.Lehtola.HR@example.invalid", "groups": ["kohtaamo-hr"]}""");
            // Matched by email, which the provider spells its own way.
            browser.waitForText("You cannot sign in to Kohtaamo yet");
            assertThat(browser.text())
                    .contains("Pohjola ID signed you in as hanna.lehtola.hr@example.invalid, but nobody in Kohtaamo has"
                            + " that email address or username.")
                    .contains("Ask your HR department or your Kohtaamo administrator");
            browser.assertAccessible("login refused", TAGS);
            browser.assertNoSidewaysScroll("login refused");

            browser.click(By.id("singleSignOn"));
            atProviderSignIn(browser, "hanna-at-provider", """
                    {"email": "HR.Demo@pohjolanpalvelu.example", "groups": ["kohtaamo-hr"]}""");
            browser.waiting().until(ExpectedConditions.urlContains("home/hr"));
            assertThat(browser.heading()).isEqualTo("Organisation");

            drain();
            browser.click(By.id("signOut"));
            browser.waitForText("You have signed out.");
            assertThat(browser.path()).isEqualTo("login?state=signedOut");
            RecordedRequest endSession = drain().stream()
                    .filter(r -> r.getRequestUrl().encodedPath().endsWith("/endsession"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("The provider's end-session endpoint was not reached"));
            assertThat(endSession.getRequestUrl().queryParameter("id_token_hint"))
                    .isNotBlank();
            assertThat(endSession.getRequestUrl().queryParameter("post_logout_redirect_uri"))
                    .isEqualTo(base + "login");
            browser.go("home/hr");
            assertThat(browser.path()).startsWith("login");

            // An answer this browser's sign-in did not ask for (a forged or replayed callback) signs nobody in.
            browser.go("login?code=forged&state=forged");
            browser.waitForText("Signing in with Pohjola ID did not succeed");
            browser.go("home/hr");
            assertThat(browser.path()).startsWith("login");
        }
    }

    /** Signs in on the provider's own login page with this subject and these claims in the ID token. */
    private static void atProviderSignIn(Browser browser, String subject, String claims) {
        browser.type(By.name("username"), subject);
        browser.type(By.name("claims"), claims);
        browser.click(By.cssSelector("input[type=submit]"));
    }

    /** The requests the provider has had since the last call. */
    private static List<RecordedRequest> drain() {
        List<RecordedRequest> requests = new ArrayList<>();
        while (true) {
            try {
                requests.add(PROVIDER.server().takeRequest(200, TimeUnit.MILLISECONDS));
            } catch (RuntimeException none) {
                // The mock says so when no request came within the time.
                return requests;
            }
        }
    }
}
