package fi.kohtaamo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kohtaamo.Browser;
import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A supervisor schedules a one-seat workshop open to their unit; a second employee signs up and waits in line; the
 * first cancels (a missing reason is refused on its field) and the one waiting gets the seat and a mail saying so; the
 * session page shows the seat, the empty line and the reason, and refuses attendance before the start with its
 * message; the unit's attendance overview, linked from the session page, shows the cancellation and the seat, and the
 * person's own overview the reason. The pages are axe-clean and the sign-up page fits a 360 px phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeatsJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String KAMPPI = "Palvelupiste Kamppi (HKI-KAMPPI)";
    private static final String PASSWORD = "Paikka-" + UUID.randomUUID();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3025), null, ServerSetup.PROTOCOL_SMTP));

    @ArquillianResource
    URL base;

    @Test
    void theFirstInLineGetsTheSeatWhenAnotherCancelsAndAttendanceWaitsForTheStart() {
        String id = UUID.randomUUID().toString().substring(0, 6);
        String first = "eka" + id;
        String second = "toka" + id;
        String place = "Sali " + id;
        LocalDate day = LocalDate.now(OrganisationZone.ZONE).plusDays(30 + new Random().nextInt(600));
        try (Browser browser = Browser.open(base, "en")) {
            browser.createPerson("Essi", "Ensi" + id, first, KAMPPI, PASSWORD);
            browser.createPerson("Tuomas", "Toinen" + id, second, KAMPPI, PASSWORD);
        }
        String sessionPage;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("workshop/session-edit");
            new Select(browser.driver().findElement(By.id("session:guide"))).selectByValue("what-customers-feel");
            browser.waiting()
                    .until(d -> !d.findElement(By.id("session:minutes"))
                            .getAttribute("value")
                            .isEmpty());
            setValue(browser, "session:date", day.toString());
            setValue(browser, "session:time", "13:00");
            browser.type(By.id("session:place"), place);
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelectorAll(\"input[name='session:invitees']\")"
                            + ".forEach(c => c.checked = false);");
            check(browser, "Essi Ensi" + id);
            browser.type(By.id("session:capacity"), "1");
            check(browser, "Palvelupiste Kamppi");
            browser.assertAccessible("the scheduling form with seats", TAGS);
            browser.click(By.id("session:save"));
            browser.waitForText("The workshop was scheduled");
            assertThat(browser.driver().findElement(By.id("seats-taken")).getText())
                    .isEqualTo("1 of 1 seats taken");
            sessionPage = browser.path();
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn(second, PASSWORD);
            browser.go("home/employee");
            browser.click(By.id("join-workshops"));
            assertThat(browser.heading()).isEqualTo("Workshops to join");
            browser.click(By.xpath(offered(place) + "//input[@type='submit']"));
            browser.waitForText("The workshop is full: you are number 1 on the waitlist.");
            assertThat(browser.driver().findElement(By.id("booked-list")).getText())
                    .contains(place)
                    .contains("Number 1 on the waitlist");
            browser.assertAccessible("the sign-up page", TAGS);
        }
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            browser.signIn(first, PASSWORD);
            browser.go("workshop/join");
            String mine = booked(place);
            assertThat(browser.driver().findElement(By.xpath(mine)).getText()).contains("You have a seat");
            browser.click(By.xpath(mine + "//input[@type='submit']"));
            browser.waitForText("Say why you cancel: your facilitator reads it.");
            browser.assertAccessible("the sign-up page with a field's error at 360 px", TAGS);
            browser.assertNoSidewaysScroll("the sign-up page at 360 px");
            browser.type(By.xpath(booked(place) + "//textarea"), "Asiakastapaaminen samaan aikaan");
            browser.click(By.xpath(booked(place) + "//input[@type='submit']"));
            browser.waitForText("Your place was cancelled and your facilitator sees your reason.");
            assertThat(browser.driver().findElements(By.xpath(booked(place)))).isEmpty();
        }
        MimeMessage promoted = Awaitility.await("the seat's mail to " + second)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> mail(second + "@pohjolanpalvelu.example", "Sait paikan: "), m -> m != null);
        assertThat(promoted).isNotNull();
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go(sessionPage.replaceFirst("^/", ""));
            assertThat(browser.driver().findElement(By.id("seats-taken")).getText())
                    .isEqualTo("1 of 1 seats taken");
            assertThat(browser.driver().findElement(By.id("waitlist-empty")).getText())
                    .isEqualTo("Nobody is waiting for a seat.");
            assertThat(browser.driver().findElement(By.id("cancellations")).getText())
                    .contains("Essi Ensi" + id)
                    .contains("Asiakastapaaminen samaan aikaan");
            assertThat(browser.driver().findElement(By.id("attendance")).getText())
                    .as("the promoted person has the seat")
                    .contains("Tuomas Toinen" + id);
            browser.click(By.id("attendance:saveAttendance"));
            browser.waiting()
                    .until(d -> d.findElement(By.id("attendance:attendanceError"))
                            .getText()
                            .equals("Attendance can be recorded from the session's start time on."));
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Scheduled");
            browser.assertAccessible("the session page with seats and a refused attendance", TAGS);

            browser.click(By.id("unit-attendance"));
            String row = "//table[@id='grid']//tr[th[contains(., 'Essi Ensi" + id + "')]]";
            assertThat(browser.driver().findElement(By.xpath(row)).getText()).contains("Cancelled");
            assertThat(browser.driver()
                            .findElement(
                                    By.xpath("//table[@id='grid']//tr[th[contains(., 'Tuomas Toinen" + id + "')]]"))
                            .getText())
                    .contains("Seat, not recorded");
            browser.assertAccessible("the unit's attendance", TAGS);
            browser.click(By.xpath(row + "//a"));
            assertThat(browser.heading()).isEqualTo("Essi Ensi" + id);
            assertThat(browser.driver().findElement(By.id("person:entries")).getText())
                    .contains("Cancelled")
                    .contains("Asiakastapaaminen samaan aikaan");
            browser.assertAccessible("one person's attendance", TAGS);
        }
    }

    /** The open session at this place on the sign-up page. */
    private static String offered(String place) {
        return "//ul[@id='open-list']/li[.//dd[normalize-space()='" + place + "']]";
    }

    /** The booked session at this place on the sign-up page. */
    private static String booked(String place) {
        return "//ul[@id='booked-list']/li[.//dd[normalize-space()='" + place + "']]";
    }

    /** Ticks the check box whose label starts with this text. */
    private static void check(Browser browser, String label) {
        WebElement forLabel =
                browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(), '" + label + "')]"));
        WebElement box = browser.driver().findElement(By.id(forLabel.getAttribute("for")));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static void setValue(Browser browser, String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static MimeMessage mail(String to, String subjectStart) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(to)) {
            if (message.getSubject().startsWith(subjectStart)
                    && Arrays.stream(message.getAllRecipients())
                            .anyMatch(r -> r.toString().equals(to))) {
                return message;
            }
        }
        return null;
    }
}
