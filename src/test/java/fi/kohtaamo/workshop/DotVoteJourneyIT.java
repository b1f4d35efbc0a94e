package fi.kohtaamo.workshop;

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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The six-factor dot vote in facilitator mode, on a phone's 360 px: on the "Dots on the wall" step the supervisor types
 * the wall's scores and choice dots with the keyboard alone (Tab between fields, Enter saves), turns the two factors
 * with the most choice dots into the team's commitments in one action, and finds them and the scores (chart and table)
 * on the session page; in a follow-up session one of them is carried over and shows its history. The pages are
 * axe-clean and fit the width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DotVoteJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void theWallsScoresAreTypedWithTheKeyboardAndTheTwoChosenBecomeCommitments() {
        String session = scheduleASelfAssessment();
        String workload = "Sovimme kiirevuorot, joissa joku auttaa jonossa " + session;
        String tools = "Kirjaamme takaisinsoitot yhteiseen kalenteriin " + session;
        try (Browser browser = Browser.open(base, "en", 360, 800)) {
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("workshop/facilitate?id=" + session);
            browser.waitForText("Step 1 /");
            browser.click(By.id("facilitate:next"));
            browser.waitForText("Dots on the wall");

            browser.click(By.id("facilitate:rows:0:score"));
            new Actions(browser.driver())
                    .sendKeys("3.5", Keys.TAB, "2", Keys.TAB) // communication
                    .sendKeys("2.5", Keys.TAB, "6", Keys.TAB) // workload
                    .sendKeys("4", Keys.TAB, "1", Keys.TAB) // competence
                    .sendKeys("3.8", Keys.TAB, "0", Keys.TAB) // leadership
                    .sendKeys("2.2", Keys.TAB, "5", Keys.TAB) // tools
                    .sendKeys("3", Keys.TAB, "2", Keys.ENTER) // processes
                    .perform();
            browser.waitForText("The scores were saved. The two factors with the most choice dots are below");
            assertThat(browser.driver().findElement(By.id("facilitate:dotvote")).getText())
                    .contains("The two chosen factors")
                    .contains("Workload and work community: What")
                    .contains("Systems and tools: What");
            browser.assertNoSidewaysScroll("the dot vote at 360 px");
            browser.assertAccessible("the dot vote at 360 px", TAGS);

            browser.type(By.id("facilitate:chosen:0:what"), workload);
            browser.type(By.id("facilitate:chosen:1:what"), tools);
            browser.click(By.id("facilitate:commitChosen"));
            browser.waitForText("The two chosen factors are now the team's commitments.");

            browser.go("workshop/session?id=" + session);
            assertThat(browser.driver().findElement(By.id("commitments:list")).getText())
                    .contains(workload)
                    .contains(tools)
                    .contains("Workload and work community")
                    .contains("The whole team");
            assertThat(browser.driver().findElement(By.id("dot-vote-table")).getText())
                    .contains("Communication and response time 3.5 2")
                    .contains("Systems and tools 2.2 5");
            assertThat(browser.driver().findElements(By.cssSelector("#factor-scores svg .dot-chart-bar")))
                    .hasSize(6);
            assertThat(browser.driver().findElement(By.id("then-now")).getText())
                    .as("no pulse round has closed since a session still to come")
                    .contains("Not enough answers yet");
            browser.assertNoSidewaysScroll("the session page with the dot vote at 360 px");
            browser.assertAccessible("the session page with the dot vote at 360 px", TAGS);

            String followUp = schedule("workshop/session-edit?followUpOf=" + session, "60");
            browser.go("workshop/session?id=" + followUp);
            assertThat(browser.driver().findElement(By.id("review:previous")).getText())
                    .contains(tools);
            browser.click(By.xpath("//button[@aria-label='Carry over: " + tools + "']"));
            browser.waitForText("The commitment was carried over to this session, with its history.");
            assertThat(browser.driver().findElement(By.id("commitments:list")).getText())
                    .contains(tools);
            browser.click(By.xpath("//*[@id='commitments:list']//summary"));
            assertThat(browser.driver().findElement(By.id("commitments:list")).getText())
                    .contains("Made on")
                    .contains("Carried over on")
                    .contains("The six internal factors");
            browser.assertNoSidewaysScroll("the follow-up with a commitment carried over at 360 px");
            browser.assertAccessible("the follow-up with a commitment carried over at 360 px", TAGS);
        }
    }

    /** The supervisor schedules a six-factor self-assessment of their unit, far enough ahead to overlap no other. */
    private String scheduleASelfAssessment() {
        return schedule("workshop/session-edit", "120");
    }

    /** Schedules a session on the form at {@code path} and answers its id. */
    private String schedule(String path, String minutes) {
        WebClient supervisor = WebClient.signedIn(base, "supervisor.demo", "kohtaamo-demo");
        Document form = supervisor.page(path);
        Random random = new Random();
        HttpResponse<String> scheduled = supervisor.submit(
                form,
                "session",
                Map.of(
                        "guide",
                        "six-factors-self-assessment",
                        "date",
                        LocalDate.now(OrganisationZone.ZONE)
                                .plusDays(3000 + random.nextInt(3000))
                                .toString(),
                        "time",
                        "%02d:%02d".formatted(6 + random.nextInt(12), 5 * random.nextInt(12)),
                        "minutes",
                        minutes,
                        "place",
                        "Kampin neuvotteluhuone"),
                "save");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
        return scheduled.headers().firstValue("Location").orElseThrow().replaceFirst(".*[?&]id=(\\d+).*", "$1");
    }
}
