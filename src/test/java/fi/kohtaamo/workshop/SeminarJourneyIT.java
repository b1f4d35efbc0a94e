package fi.kohtaamo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.platform.config.OrganisationZone;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Seminar management in the browser: HR adds a room to the list and books it for one unit's workshop, with the
 * supervisor of another unit as co-facilitator and an external trainer; that supervisor opens the session and its
 * facilitator mode, and sees no link to edit or follow it up. For a workshop of their own unit they pick the same room for an overlapping time, is warned on the room field with the other session
 * and its time, is refused on saving, and saves once "save anyway" is ticked. The rooms page and the warned form are
 * axe-clean, the form at 360 px without sideways scrolling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeminarJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SUPERVISOR = "Sari Kallio";

    @ArquillianResource
    URL base;

    @Test
    void aRoomClashIsWarnedOfOnTheRoomFieldAndSavedOnlyWhenConfirmed() {
        String room = "Sali " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = LocalDate.now(OrganisationZone.ZONE).plusDays(6000 + new Random().nextInt(3000));
        String espooSession;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.click(By.id("nav-rooms"));
            assertThat(browser.heading()).isEqualTo("Workshop rooms");
            browser.type(By.id("room:name"), room);
            browser.type(By.id("room:location"), "3rd floor");
            browser.type(By.id("room:capacity"), "16");
            browser.click(By.id("room:save"));
            browser.waitForText("The room " + room + " was added.");
            assertThat(browser.driver().findElement(By.id("list:rooms")).getText())
                    .contains(room)
                    .contains("3rd floor");
            browser.assertAccessible("the rooms page", TAGS);

            browser.go("workshop/session-edit");
            chooseGuide(browser);
            new Select(browser.driver().findElement(By.id("session:unit"))).selectByVisibleText("Palvelupiste Espoo");
            browser.waiting()
                    .until(d -> d.findElement(By.id("session:inviteesField"))
                            .getText()
                            .contains("Palvelupiste Espoo"));
            setValue(browser, "session:date", day.toString());
            setValue(browser, "session:time", "09:30");
            chooseRoom(browser, room);
            browser.click(By.xpath("//table[@id='session:coFacilitators']//label[normalize-space()='" + SUPERVISOR
                    + " – Palvelupiste Kamppi']"));
            browser.type(By.id("session:trainerName"), "Kaisa Kouluttaja");
            browser.type(By.id("session:trainerOrganisation"), "Palveluakatemia Oy");
            browser.click(By.id("session:save"));
            browser.waitForText("The workshop was scheduled");
            assertThat(browser.driver().findElement(By.id("room")).getText()).isEqualTo(room + ", 3rd floor");
            assertThat(browser.driver().findElement(By.id("coFacilitators")).getText())
                    .isEqualTo(SUPERVISOR);
            assertThat(browser.driver().findElement(By.id("trainer")).getText())
                    .isEqualTo("Kaisa Kouluttaja (Palveluakatemia Oy)");
            espooSession = browser.path();
        }
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go(espooSession);
            assertThat(browser.heading()).isEqualTo("What our customers feel");
            assertThat(browser.driver().findElements(By.id("edit")))
                    .as("a co-facilitator from another unit sees no link that would be refused")
                    .isEmpty();
            assertThat(browser.driver().findElements(By.id("followUp"))).isEmpty();
            browser.click(By.id("facilitate"));
            browser.waitForText("Step 1 /");

            browser.go("workshop/session-edit");
            chooseGuide(browser);
            setValue(browser, "session:date", day.toString());
            setValue(browser, "session:time", "10:00");
            chooseRoom(browser, room);
            WebElement warning =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("session:roomClash")));
            String dayShown = day.format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK));
            assertThat(warning.getText())
                    .contains(room + " is booked at that time for What our customers feel – Palvelupiste Espoo on "
                            + dayShown + ", 09:30–");
            browser.assertNoSidewaysScroll("the session form warning of a room clash at 360 px");
            browser.assertAccessible("the session form warning of a room clash at 360 px", TAGS);

            browser.click(By.id("session:save"));
            browser.waitForText("The room is booked at that time. Tick \"Save anyway\" to book it all the same");
            assertThat(browser.heading()).isEqualTo("Schedule a workshop");

            browser.click(By.id("session:clashAccepted"));
            browser.click(By.id("session:save"));
            browser.waitForText("The workshop was scheduled");
            assertThat(browser.driver().findElement(By.id("room")).getText()).isEqualTo(room + ", 3rd floor");
        }
    }

    @Test
    void anEmployeeAnswersTheQuestionAfterAWorkshopOnTheirHome() {
        String session;
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn("employee.demo", "kohtaamo-demo");
            WebElement prompts =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reactions")));
            assertThat(prompts.getText()).contains("How useful was this workshop for your work?");
            int asked = browser.driver()
                    .findElements(By.cssSelector("#reactions a.button-primary"))
                    .size();
            assertThat(asked)
                    .as("the demo's Kamppi workshops of the last weeks")
                    .isPositive();
            browser.assertNoSidewaysScroll("the employee home asking about a workshop at 360 px");
            browser.assertAccessible("the employee home asking about a workshop at 360 px", TAGS);

            browser.click(By.cssSelector("#reactions a.button-primary"));
            assertThat(browser.heading()).isEqualTo("How was the workshop?");
            session = browser.path();
            browser.click(By.id("reaction:save"));
            browser.waitForText("Choose a number from 1 to 5.");
            browser.assertAccessible("the workshop question refused without a number at 360 px", TAGS);

            browser.click(By.cssSelector("input[name='reaction:score'][value='4']"));
            browser.type(By.id("reaction:comment"), "Polkukartta auttoi näkemään asiakkaan pompottelun.");
            browser.click(By.id("reaction:save"));
            browser.waitForText("Thank you for your answer.");
            assertThat(browser.driver().findElements(By.cssSelector("#reactions a.button-primary")))
                    .as("the answered workshop left the home page")
                    .hasSize(asked - 1);

            browser.go(session);
            assertThat(browser.driver()
                            .findElement(By.cssSelector("input[name='reaction:score'][value='4']"))
                            .isSelected())
                    .isTrue();
            assertThat(browser.driver().findElement(By.id("reaction:save")).getDomProperty("value"))
                    .isEqualTo("Change my answer");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go(session.replace("workshop/reaction?session=", "workshop/session?id="));
            assertThat(browser.driver().findElement(By.id("reaction-summary")).getText())
                    .as("one answer is below the anonymity threshold")
                    .contains("The answers are shown once at least")
                    .doesNotContain("n = ");
        }
    }

    private static void chooseGuide(Browser browser) {
        new Select(browser.driver().findElement(By.id("session:guide"))).selectByValue("what-customers-feel");
        browser.waiting()
                .until(d -> !d.findElement(By.id("session:minutes"))
                        .getAttribute("value")
                        .isEmpty());
    }

    /** Picks the room, whose choice asks the server at once whether another session has it then. */
    private static void chooseRoom(Browser browser, String room) {
        Select rooms = new Select(browser.driver().findElement(By.id("session:room")));
        rooms.getOptions().stream()
                .filter(o -> o.getText().startsWith(room + ","))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waiting()
                .until(d -> new Select(d.findElement(By.id("session:room")))
                        .getFirstSelectedOption()
                        .getText()
                        .startsWith(room + ","));
    }

    /** Date and time inputs are typed in the browser's own format; setting the value is locale-proof. */
    private static void setValue(Browser browser, String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
