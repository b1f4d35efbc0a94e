package fi.kohtaamo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.platform.config.OrganisationZone;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A supervisor runs the customer-path workshop in Kohtaamo: on the agenda step that builds the path, facilitator mode
 * opens the map; they build it with three lanes, a bounce and a wait, mostly from the keyboard, undo a mark, turn the
 * bounce into a team commitment, and after a reload the map is as they left it. The session page draws it with its
 * table and downloads (SVG and PNG, drawn by the server), and the follow-up session shows it beside its own maps with
 * the bounces and waits then and now. The pages are axe-clean; at 360 px the session page does not scroll sideways and
 * the editor asks for a wider screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("no-database-code")
class PathMapJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void theSupervisorMapsTheCustomersPathAndSeesItAgainInTheFollowUp() {
        WebClient supervisor = WebClient.signedIn(base, "supervisor.demo", "kohtaamo-demo");
        String session = schedule(supervisor, "workshop/session-edit");
        String what = "The paint desk walks the customer to the tool desk " + session;
        try (Browser browser = Browser.open(base, "en", 1400, 1000)) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("workshop/facilitate?id=" + session + "&step=3");
            WebDriver driver = browser.driver();
            browser.waiting()
                    .until(d -> "Today's path"
                            .equals(d.findElement(By.id("pm-new-name")).getDomProperty("value")));
            browser.click(By.id("pm-new"));
            browser.waiting().until(d -> !d.findElements(By.id("pm-name")).isEmpty());
            browser.click(By.id("pm-add-lane"));
            browser.waiting()
                    .until(d -> d.findElements(By.cssSelector(".pm-lane-name")).size() == 3);
            rename(browser, 1, "Paint desk");
            rename(browser, 2, "Tool desk");

            browser.click(By.id("pm-add"));
            typeHere(driver, "Asks about a deck stain", Keys.ESCAPE, "n");
            typeHere(driver, "Sent to the tool desk", Keys.ESCAPE);
            keys(driver, Keys.chord(Keys.SHIFT, Keys.ARROW_DOWN));
            keys(driver, "b", "-", "-", "n");
            typeHere(driver, "Waits for someone who knows", Keys.ESCAPE);
            keys(driver, Keys.chord(Keys.SHIFT, Keys.ARROW_DOWN));
            keys(driver, "w", "r");
            assertThat(markPressed(driver, 2, "repeat")).isTrue();
            browser.click(By.id("pm-undo"));
            browser.waiting().until(d -> !markPressed(d, 2, "repeat"));
            saved(browser);

            List<WebElement> cards = driver.findElements(By.cssSelector(".pm-card"));
            assertThat(cards).hasSize(3);
            assertThat(cards.get(1).getDomAttribute("class")).contains("pm-bounce");
            assertThat(driver.findElements(By.cssSelector(".pm-handoff")))
                    .as("customer → paint desk → tool desk: two hand-offs")
                    .hasSize(2);
            assertThat(browser.cspViolations()).isEmpty();
            browser.assertAccessible("facilitator mode with the map", TAGS);

            cards.get(1).findElement(By.cssSelector(".pm-commit")).click();
            browser.type(By.cssSelector(".pm-commit-form textarea"), what);
            driver.findElement(By.cssSelector(".pm-commit-form .button-primary"))
                    .click();
            browser.waiting()
                    .until(d -> d.findElements(By.cssSelector(".pm-committed")).stream()
                            .anyMatch(e -> e.getText().contains(what)));

            driver.navigate().refresh();
            browser.waiting()
                    .until(d -> d.findElements(By.cssSelector(".pm-card")).size() == 3);
            assertThat(driver.findElements(By.cssSelector(".pm-text")))
                    .extracting(e -> e.getDomProperty("value"))
                    .containsExactly("Asks about a deck stain", "Sent to the tool desk", "Waits for someone who knows");
            assertThat(driver.findElements(By.cssSelector(".pm-lane-name")))
                    .extracting(e -> e.getDomProperty("value"))
                    .containsExactly("Customer", "Paint desk", "Tool desk");
            assertThat(markPressed(driver, 1, "bounce")).isTrue();
            assertThat(markPressed(driver, 2, "wait")).isTrue();
            assertThat(markPressed(driver, 2, "repeat"))
                    .as("the undone mark stays undone")
                    .isFalse();
            assertThat(driver.findElement(By.cssSelector(".pm-committed")).getText())
                    .contains(what);

            browser.go("workshop/session?id=" + session);
            browser.waitForText("Customer-path maps");
            WebElement maps = driver.findElement(By.id("path-maps"));
            assertThat(maps.findElements(By.cssSelector("figure svg"))).hasSize(1);
            assertThat(maps.findElement(By.cssSelector("table")).getText())
                    .contains("Paint desk", "Sent to the tool desk", "Bounce", "Wait", what);
            browser.assertAccessible("the session page with a map", TAGS);
            String svgLink = maps.findElement(By.cssSelector("a.export-svg")).getDomAttribute("href");
            String pngLink = maps.findElement(By.cssSelector("a.export-png")).getDomAttribute("href");
            HttpResponse<byte[]> svg = supervisor.bytes(belowBase(svgLink));
            assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
            assertThat(new String(svg.body(), StandardCharsets.UTF_8))
                    .startsWith("<?xml")
                    .contains("<title>Today&#39;s path</title>", "Paint desk", "Tool desk", "Bounce");
            HttpResponse<byte[]> png = supervisor.bytes(belowBase(pngLink));
            assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
            assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');

            String followUp = schedule(supervisor, "workshop/session-edit?followUpOf=" + session);
            driver.manage().window().setSize(new Dimension(360, 800));
            browser.go("workshop/session?id=" + followUp);
            browser.waitForText("Then and now");
            assertThat(driver.findElement(By.id("path-map-then")).getText()).contains("Paint desk");
            assertThat(driver.findElement(By.id("counts-then")).getText()).isEqualTo("1 bounce and 1 wait");
            assertThat(driver.findElement(By.id("counts-now")).getText()).isEqualTo("no bounces and no waits");
            browser.assertNoSidewaysScroll("the follow-up session at 360 px");
            browser.assertAccessible("the follow-up session at 360 px", TAGS);

            browser.go("workshop/facilitate?id=" + followUp + "&step=3");
            assertThat(driver.findElement(By.id("path-map-narrow")).isDisplayed())
                    .isTrue();
            browser.assertNoSidewaysScroll("facilitator mode's map at 360 px");
        }
    }

    /** A link of the page ("/kohtaamo/workshop/...") as a path below the application's root. */
    private String belowBase(String href) {
        assertThat(href).startsWith(base.getPath());
        return href.substring(base.getPath().length());
    }

    private static void rename(Browser browser, int lane, String name) {
        WebElement input =
                browser.driver().findElements(By.cssSelector(".pm-lane-name")).get(lane);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), name, Keys.TAB);
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector(".pm-lane-label")).stream()
                        .anyMatch(e -> e.getText().equals(name)));
    }

    /** Types into the element that has the focus, then presses the keys one at a time. */
    private static void typeHere(WebDriver driver, String text, CharSequence... then) {
        driver.switchTo().activeElement().sendKeys(text);
        keys(driver, then);
    }

    /** Presses each key on whatever has the focus then: the editor moves the focus as a person would see it. */
    private static void keys(WebDriver driver, CharSequence... keys) {
        for (CharSequence key : keys) {
            driver.switchTo().activeElement().sendKeys(key);
        }
    }

    private static boolean markPressed(WebDriver driver, int card, String mark) {
        return "true"
                .equals(driver.findElements(By.cssSelector(".pm-card"))
                        .get(card)
                        .findElement(By.cssSelector(".pm-mark-" + mark))
                        .getDomAttribute("aria-pressed"));
    }

    private static void saved(Browser browser) {
        browser.waiting()
                .until(d -> "Saved".equals(d.findElement(By.id("pm-status")).getText()));
    }

    /** Schedules a customer-path session far enough ahead to overlap no other test's, from the given form. */
    private static String schedule(WebClient supervisor, String form) {
        Document page = supervisor.inLanguage("en").page(form);
        Random random = new Random();
        HttpResponse<String> scheduled = supervisor.submit(
                page,
                "session",
                Map.of(
                        "guide",
                        "customer-path",
                        "date",
                        LocalDate.now(OrganisationZone.ZONE)
                                .plusDays(3000 + random.nextInt(3000))
                                .toString(),
                        "time",
                        "%02d:%02d".formatted(6 + random.nextInt(10), 5 * random.nextInt(12)),
                        "minutes",
                        "105",
                        "place",
                        "Kampin neuvotteluhuone"),
                "save");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
        return scheduled.headers().firstValue("Location").orElseThrow().replaceFirst(".*[?&]id=(\\d+).*", "$1");
    }
}
