package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.platform.config.OrganisationZone;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A new employee opens their home in headless Chromium and can tell what to do next: the workshop they are invited to
 * (when, where, the online link, the guide's pre-work and an .ics file their browser downloads), their staff track's
 * modules, and the team commitment made in their unit's workshop. The track heading opens the track page, which leads
 * back to My learning; every page is axe-clean and fits a 360 px phone. The people and the workshop are made here over
 * HTTP, apart from the demo's: the administrator adds a region, a unit and a team in it, the unit's supervisor and the
 * employee in the team; the supervisor schedules a workshop of the unit above the team with the employee invited and
 * records a commitment for the whole unit. (The staff track is the demo's, assigned to the whole organisation.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmployeeHomeJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String DEMO_PASSWORD = "kohtaamo-demo";

    @ArquillianResource
    URL base;

    @Test
    void theHomeSaysWhatToDoNextAndEveryLinkOpensWhereItIsDone() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String code = "IT-" + mark;
        String username = "home" + mark;
        String leader = "lead" + mark;
        String password = "kotisivu-" + mark + "-salasana";
        WebClient admin = WebClient.signedIn(base, "admin.demo", DEMO_PASSWORD);
        createUnit(admin, "Yksikköalue " + code, code + "-R", "REGION", "PP");
        createUnit(admin, "Yksikkö " + code, code, "UNIT", code + "-R");
        createUnit(admin, "Tiimi " + code, code + "-T", "TEAM", code);
        createPerson(admin, leader, password, code, code);
        createPerson(admin, username, password, code + "-T", null);
        scheduleAndCommit(
                leader, password, "Kotisivu Testi" + username, "Vastaamme jokaiseen viestiin päivässä " + mark);

        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn(username, password);
            assertThat(browser.path()).startsWith("home/employee");

            String upcoming = browser.driver().findElement(By.id("upcoming")).getText();
            assertThat(upcoming)
                    .contains("What our customers feel – Yksikkö " + code)
                    .contains("Kampin neuvotteluhuone " + mark)
                    .contains("Complete first (the workshop's pre-work)")
                    .contains("The customer's experience");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#upcoming a.workshop-link"))
                            .getAttribute("href"))
                    .isEqualTo("https://meet.example.com/" + mark);
            assertThat(browser.driver().findElement(By.id("team-commitments")).getText())
                    .contains("Vastaamme jokaiseen viestiin päivässä " + mark);
            assertThat(browser.driver().findElement(By.id("coming")).getText())
                    .contains("Staff customer-experience track", "/ 4 modules completed");
            browser.assertAccessible("the employee's home", TAGS);

            String calendar = download(browser, "#upcoming a.add-to-calendar");
            assertThat(calendar)
                    .startsWith("text/calendar")
                    .contains("BEGIN:VEVENT")
                    .contains("LOCATION:Kampin neuvotteluhuone " + mark)
                    .contains(username + "@pohjolanpalvelu.example");

            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.assertNoSidewaysScroll("the employee's home");
            browser.assertAccessible("the employee's home at 360 px", TAGS);

            browser.click(By.cssSelector("#coming a[href*='track?track=staff']"));
            browser.waiting().until(d -> d.getCurrentUrl().contains("learning/track"));
            assertThat(browser.heading()).isEqualTo("Staff customer-experience track");
            assertThat(browser.driver().findElement(By.id("track-progress")).getText())
                    .matches("\\d of 4 modules done");
            assertThat(browser.driver().findElements(By.cssSelector("#track-modules > li")))
                    .hasSize(4);
            browser.assertNoSidewaysScroll("the track page");
            browser.assertAccessible("the track page at 360 px", TAGS);

            browser.click(By.id("back"));
            browser.waiting().until(d -> d.getCurrentUrl().contains("learning/my-learning"));
            assertThat(browser.driver().findElement(By.id("assigned")).getText())
                    .contains("Staff customer-experience track");
            browser.assertNoSidewaysScroll("My learning");
            browser.assertAccessible("My learning at 360 px", TAGS);
        }
    }

    /**
     * The administrator adds a unit with the unit page's buttons posted as plain forms (the dialog opens with the
     * page's answer).
     */
    private void createUnit(WebClient admin, String name, String code, String kind, String parentCode) {
        Document tree = admin.page("organisation/units");
        Document dialog = WebClient.parse(admin.submit(tree, "tree", Map.of(), "addTop"));
        String parent = option(dialog, "unitDialogForm:parent", "(" + parentCode + ")");
        HttpResponse<String> saved = admin.submit(
                dialog,
                "unitDialogForm",
                Map.of("name", name, "code", code, "kind", kind, "parent", parent),
                "saveUnit");
        assertThat(saved.statusCode()).as(saved.body()).isLessThan(400);
    }

    private static String option(Document page, String selectId, String labelPart) {
        Element select = page.getElementById(selectId);
        assertThat(select).as("a field " + selectId + " on " + page.location()).isNotNull();
        return select.select("option").stream()
                .filter(o -> o.text().contains(labelPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option " + labelPart + " in " + selectId))
                .attr("value");
    }

    /** The administrator adds a person to a unit, leading the given unit if any. */
    private void createPerson(WebClient admin, String username, String password, String unitCode, String ledCode) {
        Document form = admin.page("organisation/person");
        Map<String, List<String>> fields = new java.util.HashMap<>(Map.of(
                "firstName", List.of("Kotisivu"),
                "lastName", List.of("Testi" + username),
                "username", List.of(username),
                "email", List.of(username + "@pohjolanpalvelu.example"),
                "unit", List.of(option(form, "person:unit", "(" + unitCode + ")")),
                "newPassword", List.of(password)));
        if (ledCode != null) {
            Element label = form.select("label").stream()
                    .filter(l -> l.text().contains("(" + ledCode + ")")
                            && l.attr("for").startsWith("person:supervised"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No unit to lead " + ledCode));
            fields.put(
                    "supervised", List.of(form.getElementById(label.attr("for")).attr("value")));
        }
        HttpResponse<String> created = admin.submitAll(form, "person", fields, "save");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    }

    /**
     * The new supervisor schedules a workshop of their unit, inviting only the new employee, and records a commitment
     * for the whole unit on its page.
     */
    private void scheduleAndCommit(String leader, String password, String invitee, String what) {
        WebClient supervisor = WebClient.signedIn(base, leader, password);
        Document form = supervisor.page("workshop/session-edit");
        Element label = form.select("label").stream()
                .filter(l -> l.text().startsWith(invitee))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No invitee " + invitee));
        String inviteeId = form.getElementById(label.attr("for")).attr("value");
        Random random = new Random();
        String mark = what.substring(what.lastIndexOf(' ') + 1);
        HttpResponse<String> scheduled = supervisor.submitAll(
                form,
                "session",
                Map.of(
                        "guide", List.of("what-customers-feel"),
                        "date",
                                List.of(LocalDate.now(OrganisationZone.ZONE)
                                        .plusDays(40 + random.nextInt(2000))
                                        .toString()),
                        "time", List.of("%02d:%02d".formatted(6 + random.nextInt(12), 5 * random.nextInt(12))),
                        "minutes", List.of("60"),
                        "place", List.of("Kampin neuvotteluhuone " + mark),
                        "onlineLink", List.of("https://meet.example.com/" + mark),
                        "invitees", List.of(inviteeId)),
                "save");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
        String id = scheduled.headers().firstValue("Location").orElseThrow().replaceFirst(".*[?&]id=(\\d+).*", "$1");
        Document page = supervisor.page("workshop/session?id=" + id);
        HttpResponse<String> committed = supervisor.submit(
                page, "commitments", Map.of("what", what, "factor", "COMMUNICATION"), "addCommitment");
        assertThat(supervisor.follow(committed).body()).contains(what);
    }

    /** Fetches a link's file with the browser's own session, as a download would: its content type, then its text. */
    private static String download(Browser browser, String linkSelector) {
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector(arguments[0]).href)
                    .then(r => r.text().then(t => done(r.headers.get('Content-Type') + '\\n' + t)))
                    .catch(e => done('failed: ' + e));
                """, linkSelector);
        return String.valueOf(answer);
    }
}
