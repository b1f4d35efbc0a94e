package fi.kohtaamo.learning;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A supervisor reads team progress on a 360 px phone for a unit the test makes, given every module there is (both
 * tracks, nine modules): the columns are headed by short titles, each header is reached with the Tab key and then
 * shows the module's full title, which also names it for screen readers; the page never scrolls sideways (the table
 * scrolls in its own frame); a name opens that person's page, which fits the phone too; both pages are axe-clean.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamProgressJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String PASSWORD = "a-long-enough-password";

    @ArquillianResource
    URL base;

    @Test
    void aSupervisorReadsNineModulesOnAPhoneAndOpensOnePerson() {
        String id = UUID.randomUUID().toString().substring(0, 6);
        String supervisor = "sanna.esihenkilo." + id;
        String unit = makeTeam(id, supervisor);

        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            // Chromium opens a headless window at least 500 px wide; resized afterwards it keeps 360.
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn(supervisor, PASSWORD);
            browser.go("learning/team-progress?unit=" + unit);
            assertThat(browser.heading()).isEqualTo("Team progress");

            List<WebElement> headers =
                    browser.driver().findElements(By.cssSelector("#matrix\\:progress thead th.module-cell"));
            assertThat(headers).hasSize(9);
            // textContent: a header scrolled out of the frame's view has no visible text for Selenium's getText.
            assertThat(headers.stream()
                            .map(th ->
                                    th.findElement(By.className("short-title")).getDomProperty("textContent")))
                    .as(() -> headers.get(0).getDomProperty("outerHTML"))
                    .containsExactly("E1", "E2", "E3", "E4", "S1", "S2", "S3", "S4", "S5");
            JavascriptExecutor script = (JavascriptExecutor) browser.driver();
            script.executeScript(
                    "arguments[0].focus();",
                    browser.driver().findElement(By.cssSelector("#matrix\\:progress thead th.attendance-cell")));
            List<String> fullTitles = new ArrayList<>();
            for (WebElement header : headers) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                browser.waiting().until(d -> header.equals(d.switchTo().activeElement()));
                WebElement tip = header.findElement(By.className("full-title"));
                String fullTitle = tip.getDomProperty("textContent");
                fullTitles.add(fullTitle);
                assertThat(fullTitle).hasSizeGreaterThan(5);
                // PrimeFaces adds how to sort to the name it gives a sortable header.
                assertThat(header.getDomAttribute("aria-label"))
                        .as("the header is named by the module's full title")
                        .startsWith(fullTitle);
                assertThat(((Number) script.executeScript("return arguments[0].getBoundingClientRect().width;", tip))
                                .doubleValue())
                        .as("the full title %s shows while its header has the focus", fullTitle)
                        .isGreaterThan(40);
            }
            assertThat(fullTitles).doesNotHaveDuplicates();
            assertThat(browser.driver().findElement(By.id("legend")).getDomProperty("textContent"))
                    .contains("E1", "S5", fullTitles.get(0), fullTitles.get(8));
            browser.assertNoSidewaysScroll("team progress");
            assertThat(
                            (Boolean)
                                    script.executeScript(
                                            "const f = document.getElementById('progress-frame'); return f.scrollWidth > f.clientWidth;"))
                    .as("the table scrolls inside its own frame")
                    .isTrue();
            browser.assertAccessible("team progress at 360 px", TAGS);

            browser.click(By.linkText("Eemeli Työntekijä " + id));
            browser.waitForText("Eemeli Työntekijä " + id + ": progress");
            assertThat(browser.driver().findElements(By.cssSelector("#modules > li")))
                    .hasSize(9);
            assertThat(browser.driver().findElement(By.id("attendance")).getText())
                    .isEqualTo("Not invited yet");
            browser.assertNoSidewaysScroll("one person's progress");
            browser.assertAccessible("one person's progress at 360 px", TAGS);
        }
    }

    /**
     * Over HTTP, as the administrator and then the supervisor would: a unit under a demo region, its supervisor and an
     * employee, and both tracks given to the unit.
     *
     * @return the unit's id
     */
    private String makeTeam(String id, String supervisor) {
        WebClient admin = WebClient.signedIn(base, "admin.demo", "kohtaamo-demo");
        Document dialog = WebClient.parse(admin.submit(admin.page("organisation/units"), "tree", Map.of(), "addTop"));
        String region = dialog.select("#unitDialogForm\\:parent option").stream()
                .filter(o -> o.text().endsWith("(LANSI)"))
                .findFirst()
                .orElseThrow()
                .attr("value");
        String code = "TP-" + id;
        HttpResponse<String> saved = admin.submit(
                dialog,
                "unitDialogForm",
                Map.of("name", "Palvelupiste Tiimi " + id, "code", code, "kind", "UNIT", "parent", region),
                "saveUnit");
        assertThat(saved.body()).contains("Palvelupiste Tiimi " + id);
        Document form = admin.page("organisation/person");
        String unit = form.select("#person\\:unit option").stream()
                .filter(o -> o.text().endsWith("(" + code + ")"))
                .findFirst()
                .map(o -> o.attr("value"))
                .orElseThrow(() -> new AssertionError("No unit " + code));
        person(admin, "Sanna", "Esihenkilö " + id, supervisor, unit, List.of(unit));
        person(admin, "Eemeli", "Työntekijä " + id, "eemeli.tyontekija." + id, unit, List.of());

        WebClient lead = WebClient.signedIn(base, supervisor, PASSWORD);
        for (String track : List.of("staff", "supervisor-coaching")) {
            HttpResponse<String> assigned = lead.submit(
                    lead.page("learning/assignments"),
                    "assign",
                    Map.of("subject", "track:" + track, "targetKind", "unit", "unit", unit, "dueDays", "30"),
                    "create");
            assertThat(lead.follow(assigned).body()).as(track).contains("The assignment was created.");
        }
        return unit;
    }

    private static void person(
            WebClient admin, String first, String last, String username, String unit, List<String> supervised) {
        Document form = admin.page("organisation/person");
        HttpResponse<String> saved = admin.submitAll(
                form,
                "person",
                Map.of(
                        "firstName", List.of(first),
                        "lastName", List.of(last),
                        "username", List.of(username),
                        "email", List.of(username + "@pohjolanpalvelu.example"),
                        "unit", List.of(unit),
                        "roles", List.of("EMPLOYEE"),
                        "supervised", supervised,
                        "newPassword", List.of(PASSWORD)),
                "save");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }
}
