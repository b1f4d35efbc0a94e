package fi.kohtaamo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.DatabaseCut;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and out in a real headless Chromium, and what each role may open. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInJourneyIT {

    private static final String DEMO_PASSWORD = "kohtaamo-demo";

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @CsvSource({
        "admin.demo, home/admin, Administration",
        "hr.demo, home/hr, Organisation",
        "supervisor.demo, home/supervisor, My team",
        "employee.demo, home/employee, My home"
    })
    void eachDemoRoleLandsOnItsOwnHomePage(String username, String home, String heading) {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("").waitForText("Username");
            assertThat(browser.path()).startsWith("login");

            browser.signIn(username, DEMO_PASSWORD);

            assertThat(browser.path()).startsWith(home);
            assertThat(browser.heading()).isEqualTo(heading);
            browser.signOut();
            assertThat(browser.text()).contains("You have signed out.");
            browser.go(home);
            assertThat(browser.path()).startsWith("login");
        }
    }

    @Test
    void employeeHomeShowsTheirNameUnitAndSupervisor() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", DEMO_PASSWORD);

            assertThat(browser.text()).contains("Eetu Laaksonen", "Palvelupiste Kamppi", "Sari Kallio");
            assertThat(browser.text())
                    .contains("My modules by track", "Response time and keeping promises", "My commitments");
        }
    }

    @Test
    void wrongPasswordShowsOneMessageThatDoesNotSayWhichPartWasWrong() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", "not-the-password");

            assertThat(browser.path()).startsWith("login");
            assertThat(browser.driver().findElements(By.cssSelector(".ui-messages-error-summary")))
                    .singleElement()
                    .satisfies(message ->
                            assertThat(message.getText()).isEqualTo("The username or password is incorrect."));
        }
    }

    @Test
    void fiveFailuresInARowLockTheUsernameAndTellWhenToRetry() {
        String username = "ghost." + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base, "en")) {
            for (int attempt = 1; attempt < SignInThrottle.MAX_FAILURES; attempt++) {
                browser.signIn(username, "guess " + attempt);
                assertThat(browser.text()).contains("The username or password is incorrect.");
            }
            browser.signIn(username, "guess 5");
            assertThat(browser.text()).contains("Too many failed sign-ins").contains("try again after");

            browser.signIn(username, "guess 6");
            assertThat(browser.text()).contains("Too many failed sign-ins");
        }
    }

    @Test
    void employeeOpeningAnAdministrationPageGetsTheFriendly403Page() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", DEMO_PASSWORD);

            for (String adminPage : new String[] {"home/admin", "organisation/units", "organisation/people"}) {
                browser.go(adminPage);
                assertThat(browser.heading()).as(adminPage).isEqualTo("Not available to you");
                assertThat(browser.text()).doesNotContain("Exception");
            }
            assertThat(browser.driver().findElements(By.id("nav-admin"))).isEmpty();
        }
    }

    @Test
    void supervisorSeesTheirOwnUnitButNeverAnotherUnitsPeople() {
        String otherUnitLink;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", DEMO_PASSWORD);
            otherUnitLink = browser.homeUnitLink("Palvelupiste Turku")
                    .getAttribute("href")
                    .substring(base.toString().length());
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", DEMO_PASSWORD);
            browser.click(By.id("team-link"));
            assertThat(browser.heading()).isEqualTo("Palvelupiste Kamppi");
            assertThat(browser.text()).contains("Eetu Laaksonen");

            browser.go(otherUnitLink);
            assertThat(browser.heading()).isEqualTo("Not available to you");
            assertThat(browser.text()).doesNotContain("Palvelupiste Turku");

            browser.go("organisation/team?unit=999999999");
            assertThat(browser.heading()).isEqualTo("Not available to you");
            browser.go("organisation/people");
            assertThat(browser.heading()).isEqualTo("Not available to you");
        }
    }

    @Test
    void browserThatPrefersFinnishGetsFinnishLabels() {
        try (Browser browser = Browser.open(base, "fi")) {
            browser.go("login");

            assertThat(browser.driver()
                            .findElement(By.cssSelector("label[for=username]"))
                            .getText())
                    .isEqualTo("Käyttäjätunnus *");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("label[for=password]"))
                            .getText())
                    .isEqualTo("Salasana *");
            assertThat(browser.driver().findElement(By.id("signIn")).getAttribute("value"))
                    .isEqualTo("Kirjaudu");
        }
    }

    @Test
    void chosenLanguageIsRememberedOnTheNextVisit() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("label[for=username]"))
                            .getText())
                    .isEqualTo("Username *");

            browser.click(By.id("lang-fi"));
            browser.waitForText("Käyttäjätunnus");
            browser.go("login");

            assertThat(browser.driver()
                            .findElement(By.cssSelector("label[for=username]"))
                            .getText())
                    .isEqualTo("Käyttäjätunnus *");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("fi");
        }
    }

    /**
     * The database goes away while HR has a page open: the next Ajax request (filtering the people list) answers the
     * "temporarily unavailable" page within the promised two seconds (five allowed here for the browser's own work on
     * a busy machine; it was 10-20 s), an API call answers 503 problem+json, and once the database is back the same session goes on, still signed in.
     */
    @Test
    void aClickWhileTheDatabaseIsAwaySaysSoAtOnceAndThePersonStaysSignedIn() throws Exception {
        try (DatabaseCut database = DatabaseCut.open();
                Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", DEMO_PASSWORD);
            browser.go("organisation/people");
            assertThat(browser.heading()).isEqualTo("People");

            database.cut();
            browser.filterColumn("Last name", "Laaksonen");

            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> browser.text().contains("Kohtaamo is temporarily unavailable"));
            assertThat(browser.text()).doesNotContain("Exception");
            HttpResponse<String> api = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(base.toURI().resolve("api/v1/responses"))
                                    .header("Authorization", "Bearer not-a-key")
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("[]"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

            database.restore();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
                browser.go("organisation/people");
                return browser.text().contains("People") && !browser.text().contains("temporarily unavailable");
            });
            assertThat(browser.path()).startsWith("organisation/people");
            assertThat(browser.driver().findElements(By.id("signOut"))).isNotEmpty();
        }
    }
}
