package fi.kohtaamo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kohtaamo.Browser;
import fi.kohtaamo.platform.config.OrganisationZone;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
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
 * A supervisor schedules a workshop and the team's invitations arrive in a real SMTP server (GreenMail) with an
 * iCalendar event; a change keeps the event's UID. The supervisor runs the session in facilitator mode, ticks who came
 * and records two commitments; the employee sees theirs on their home page; HR sees the coverage.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkshopJourneyIT {

    private static final String EMPLOYEE_MAIL = "employee.demo@pohjolanpalvelu.example";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3025), null, ServerSetup.PROTOCOL_SMTP));

    @ArquillianResource
    URL base;

    @Test
    void supervisorRunsAWorkshopAndTheTeamFollowsItUp() throws Exception {
        LocalDate day = LocalDate.now(OrganisationZone.ZONE).plusDays(30 + new Random().nextInt(600));
        String firstCommitment = "Tervehdimme jokaista asiakasta ovella " + day;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.click(By.id("nav-workshops"));
            browser.click(By.id("schedule"));
            assertThat(browser.heading()).isEqualTo("Schedule a workshop");
            new Select(browser.driver().findElement(By.id("session:guide"))).selectByValue("what-customers-feel");
            browser.waiting()
                    .until(d -> !d.findElement(By.id("session:minutes"))
                            .getAttribute("value")
                            .isEmpty());
            setValue(browser, "session:date", day.toString());
            setValue(browser, "session:time", "09:30");
            browser.type(By.id("session:place"), "Kampin neuvotteluhuone");
            assertThat(browser.driver().findElements(By.cssSelector("input[name='session:invitees']:checked")))
                    .as("the whole unit is invited by default")
                    .hasSizeGreaterThan(5);
            browser.click(By.id("session:save"));
            browser.waitForText("The workshop was scheduled");

            MimeMessage invitation = awaitMail("Kutsu: ", day);
            VEvent event = event(invitation);
            String uid = event.getUid().orElseThrow().getValue();
            assertThat(java.time.Instant.from(event.getDateTimeStart().getDate()))
                    .isEqualTo(day.atTime(9, 30)
                            .atZone(ZoneId.of("Europe/Helsinki"))
                            .toInstant());
            assertThat(event.getProperties(Attendee.ATTENDEE).stream().map(p -> p.getValue()))
                    .contains("mailto:" + EMPLOYEE_MAIL);

            browser.click(By.id("edit"));
            setValue(browser, "session:time", "10:00");
            browser.click(By.id("session:save"));
            browser.waitForText("The workshop was changed");
            VEvent changed = event(awaitMail("Muutos: ", day));
            assertThat(changed.getUid().orElseThrow().getValue()).isEqualTo(uid);
            assertThat(changed.getSequence().getSequenceNo()).isEqualTo(1);

            browser.click(By.id("facilitate"));
            browser.waitForText("Step 1 /");
            String firstStep =
                    browser.driver().findElement(By.id("agenda-title")).getText();
            browser.click(By.id("facilitate:next"));
            browser.waiting()
                    .until(d -> !d.findElement(By.id("agenda-title")).getText().equals(firstStep));
            assertThat(browser.text()).contains("Step 2 /").contains("Start timer");
            browser.type(By.id("facilitate:notes"), "Tiimi nosti esiin jonotilanteet.");
            browser.click(By.id("facilitate:saveNotes"));
            browser.waitForText("Notes saved.");

            browser.go(browser.path().replace("workshop/facilitate", "workshop/session"));
            assertThat(browser.driver().findElement(By.id("attendance-later")).getText())
                    .as("a session still to come cannot be marked held (WorkshopIT records a started one)")
                    .isEqualTo("Attendance can be recorded from the session's start time on.");
            browser.click(By.id("attendance:saveAttendance"));
            browser.waiting()
                    .until(d -> d.findElement(By.id("attendance:attendanceError"))
                            .getText()
                            .equals("Attendance can be recorded from the session's start time on."));
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Scheduled");

            addCommitment(browser, firstCommitment, "Eetu Laaksonen");
            addCommitment(browser, "Käymme palautteen läpi viikkopalaverissa " + day, null);
            assertThat(browser.driver().findElement(By.id("commitments:list")).getText())
                    .contains(firstCommitment)
                    .contains("Käymme palautteen läpi viikkopalaverissa " + day);
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", "kohtaamo-demo");
            assertThat(browser.driver().findElement(By.id("my-commitments")).getText())
                    .contains(firstCommitment);
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.click(By.id("nav-coverage"));
            setValue(browser, "filters:to", day.plusDays(1).toString());
            // Kamppi's region only, so that the units other tests made do not push it off the table's first page.
            new Select(browser.driver().findElement(By.id("filters:region"))).selectByVisibleText("Etelä-Suomi");
            browser.click(By.id("filters:show"));
            browser.waiting()
                    .until(d -> d.findElement(By.id("filters:to"))
                            .getAttribute("value")
                            .equals(day.plusDays(1).toString()));
            WebElement kamppi = browser.driver().findElement(By.xpath("//tr[td[contains(., 'Palvelupiste Kamppi')]]"));
            assertThat(kamppi.getText()).contains("What our customers feel");
        }
    }

    @Test
    void anEmployeeCannotScheduleOrOpenWorkshopsAndCannotPickAPastDate() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", "kohtaamo-demo");
            for (String page :
                    List.of("workshop/sessions", "workshop/session-edit", "workshop/coverage", "notification/outbox")) {
                browser.go(page);
                assertThat(browser.heading()).as(page).isEqualTo("Not available to you");
            }
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("workshop/session?id=999999999");
            assertThat(browser.heading()).isEqualTo("Not available to you");
            browser.go("workshop/session-edit");
            new Select(browser.driver().findElement(By.id("session:guide"))).selectByValue("customer-path");
            setValue(
                    browser,
                    "session:date",
                    LocalDate.now(OrganisationZone.ZONE).minusDays(2).toString());
            browser.click(By.id("session:save"));
            browser.waitForText("The session must start in the future.");
        }
    }

    private static void addCommitment(Browser browser, String what, String owner) {
        browser.type(By.id("commitments:what"), what);
        if (owner != null) {
            new Select(browser.driver().findElement(By.id("commitments:owner"))).selectByVisibleText(owner);
        }
        setValue(
                browser,
                "commitments:due",
                LocalDate.now(OrganisationZone.ZONE).plusDays(21).toString());
        new Select(browser.driver().findElement(By.id("commitments:factor"))).selectByVisibleText("Internal processes");
        browser.click(By.id("commitments:addCommitment"));
        browser.waitForText("The commitment was added.");
        browser.waiting()
                .until(d -> d.findElement(By.id("commitments:list")).getText().contains(what));
    }

    /** Date and time inputs are typed in the browser's own format; setting the value is locale-proof. */
    private static void setValue(Browser browser, String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /**
     * The first mail to the employee whose subject starts so and whose calendar is for that day: other tests sharing
     * the database may have left invitations of their own workshops in the outbox.
     */
    private static MimeMessage awaitMail(String subjectStart, LocalDate day) throws Exception {
        String date = day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return Awaitility.await("a mail starting \"" + subjectStart + "\" to " + EMPLOYEE_MAIL)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> mail(subjectStart, date), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<MimeMessage> mail(String subjectStart, String date) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(EMPLOYEE_MAIL)) {
            if (message.getSubject().startsWith(subjectStart)
                    && Arrays.stream(message.getAllRecipients())
                            .anyMatch(r -> r.toString().equals(EMPLOYEE_MAIL))) {
                String calendar = calendarOf(message);
                if (calendar != null && calendar.contains(date)) {
                    return Optional.of(message);
                }
            }
        }
        return Optional.empty();
    }

    private static VEvent event(MimeMessage message) throws Exception {
        String raw = calendarOf(message);
        // RFC 5545 §3.1: every content line ends in CRLF and is at most 75 octets long, longer ones folded.
        assertThat(raw).endsWith("\r\n");
        for (String line : raw.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        Calendar calendar = new CalendarBuilder().build(new java.io.StringReader(raw));
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    private static String calendarOf(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }
}
