package fi.kohtaamo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The supervisor reads their own unit's customer results, never another unit's; HR reads any. Comments are read by
 * their themes: the shares of each theme, and the comments filtered by theme and sentiment. A period of one's own
 * stays in the address, and months of too few answers are uncertain, never +100.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitResultsJourneyIT {

    @ArquillianResource
    URL base;

    @Test
    void supervisorSeesTheirUnitsMonthlyResultsButNotAnotherUnits() {
        String turku;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            turku = browser.homeUnitLink("Palvelupiste Turku")
                    .getAttribute("href")
                    .replaceAll(".*unit=", "");
            browser.go("survey/results?unit=" + turku);
            assertThat(browser.text()).contains("Palvelupiste Turku:").contains("NPS ± 95 %");

            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("unit")))
                    .selectByVisibleText("Pohjolan Palvelu Oy");
            browser.click(By.id("show"));
            browser.waitForText("Pohjolan Palvelu Oy:");
            assertThat(browser.driver().findElements(By.cssSelector("#trend_canvas[role=img]")))
                    .as("the organisation-wide chart")
                    .hasSize(1);
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.click(By.id("nav-results"));
            assertThat(browser.heading()).isEqualTo("Customer results");
            assertThat(browser.text()).contains("Palvelupiste Kamppi:", "responses, ", "Latest comments");
            assertThat(new org.openqa.selenium.support.ui.Select(
                                    browser.driver().findElement(By.id("months")))
                            .getFirstSelectedOption()
                            .getText())
                    .as("two years unless another period is chosen")
                    .isEqualTo("Last 24 months");
            assertThat(browser.driver().findElements(By.cssSelector("#monthsForm\\:months tbody tr")))
                    .hasSizeGreaterThanOrEqualTo(20);
            assertThat(browser.driver().findElements(By.cssSelector("#trend_canvas")))
                    .hasSize(1);
            assertThat(browser.text()).contains("Employee pulse");
            String kamppi = browser.driver()
                    .findElement(By.id("poster-link"))
                    .getAttribute("href")
                    .replaceAll(".*unit=", "");

            browser.click(By.id("poster-link"));
            assertThat(browser.heading()).isEqualTo("Survey poster");
            assertThat(browser.driver().findElement(By.id("address")).getText())
                    .endsWith("/survey/respond?unit=HKI-KAMPPI");
            assertThat(browser.driver().findElements(By.cssSelector("#qr svg path")))
                    .hasSize(1);
            assertThat(browser.text()).contains("Miten onnistuimme?", "Hur lyckades vi?", "How did we do?");

            browser.go("survey/poster?unit=" + turku);
            assertThat(browser.heading()).isEqualTo("Not available to you");
            browser.go("survey/poster?unit=" + kamppi);
            assertThat(browser.heading()).isEqualTo("Survey poster");

            browser.go("survey/results?unit=" + turku);
            assertThat(browser.heading()).isEqualTo("Not available to you");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", "kohtaamo-demo");
            browser.go("survey/results");
            assertThat(browser.heading()).isEqualTo("Not available to you");
        }
    }

    @Test
    void supervisorReadsTheCommentsOfOneThemeAndSentiment() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("survey/results");
            assertThat(browser.text()).contains("What the comments are about");
            assertThat(browser.driver().findElements(By.cssSelector("#theme-shares tbody tr")))
                    .as("one row per theme")
                    .hasSize(10);

            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("theme")))
                    .selectByVisibleText("Waiting");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("sentiment")))
                    .selectByVisibleText("complaint");
            browser.click(By.id("filter-comments"));
            browser.waitForText("Waiting: complaint");

            List<WebElement> comments = browser.driver().findElements(By.cssSelector("#comments li"));
            assertThat(comments)
                    .isNotEmpty()
                    .allSatisfy(comment -> assertThat(comment.getText()).contains("Waiting: complaint"));
            assertThat(new org.openqa.selenium.support.ui.Select(
                                    browser.driver().findElement(By.id("theme")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Waiting");

            browser.go("survey/results?theme=no-such-theme");
            assertThat(browser.heading()).isEqualTo("Page not found");
        }
    }

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * HR reads the head office's results (the demo gives it no answers) over a period of their own: three answers of
     * visits in February 2025, answered in March, count in February, where they are too few for an NPS; twelve in
     * January are enough. The period stays in the address, its comments follow it, and a period given the wrong way
     * round says so on its field.
     */
    @Test
    void hrChoosesAPeriodWhoseMonthsOfTooFewAnswersAreUncertain() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String secret;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("admin.demo", "kohtaamo-demo");
            browser.go("survey/api-keys");
            browser.type(By.id("create:name"), "Results journey " + mark);
            browser.click(By.xpath("//label[contains(., '(PP-HQ)')]"));
            browser.click(By.id("create:createKey"));
            secret = browser.waiting()
                    .until(d -> d.findElement(By.id("new-secret")))
                    .getText();
        }
        StringBuilder batch = new StringBuilder("[");
        int[] january = {10, 10, 10, 10, 10, 9, 9, 9, 8, 8, 3, 3};
        for (int i = 0; i < january.length; i++) {
            batch.append(response("2025-01-15T10:" + (10 + i) + ":00", null, january[i], mark + "-jan-" + i, null))
                    .append(',');
        }
        for (int i = 0; i < 3; i++) {
            batch.append(response(
                            "2025-03-02T09:0" + i + ":00",
                            "2025-02-27T15:00:00",
                            10,
                            mark + "-feb-" + i,
                            i == 0 ? "February visit " + mark : null))
                    .append(',');
        }
        batch.setCharAt(batch.length() - 1, ']');
        HttpResponse<String> posted = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/responses"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + secret)
                                .POST(HttpRequest.BodyPublishers.ofString(batch.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        try (Browser browser = Browser.open(base, "en", 360, 740)) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.go("survey/results");
            String office = browser.driver()
                    .findElement(By.xpath("//select[@id='unit']/option[contains(., 'Pääkonttori')]"))
                    .getAttribute("value");

            browser.go("survey/results?unit=" + office + "&months=custom&from=2025-01&to=2025-03");
            assertThat(browser.driver().findElement(By.id("months-heading")).getText())
                    .isEqualTo("Pääkonttori: 15 responses, January 2025 – March 2025");
            List<String> rows = browser.driver().findElements(By.cssSelector("#monthsForm\\:months tbody tr")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).contains("January 2025", "12", "50").doesNotContain("uncertain");
            assertThat(rows.get(1))
                    .as("counted in the month of the visit, and too few for an NPS")
                    .contains("February 2025", "3", "uncertain: too few answers")
                    .doesNotContain("100");
            assertThat(browser.driver().findElement(By.id("uncertain-months")).getText())
                    .isEqualTo("Uncertain months (fewer than 10 answers, so no NPS point in the chart): February 2025");
            Object npsLine = browser.waiting()
                    .until(
                            d -> ((org.openqa.selenium.JavascriptExecutor) d)
                                    .executeScript(
                                            "const w = window.PrimeFaces && PrimeFaces.widgets.widget_trend;"
                                                    + " const set = w && w.chart && w.chart.data.datasets.find(s => s.label === 'NPS');"
                                                    + " return set ? JSON.stringify({data: set.data, spanGaps: set.spanGaps}) : null;"));
            assertThat(npsLine)
                    .as("February is a gap the NPS line does not bridge, not +100")
                    .isEqualTo("{\"data\":[50,null],\"spanGaps\":false}");
            assertThat(browser.text()).contains("February visit " + mark);
            browser.assertAccessible("survey/results with a custom period at 360 px", TAGS);
            browser.assertNoSidewaysScroll("survey/results with a custom period");

            browser.go("survey/results?unit=" + office + "&months=custom&from=2025-02&to=2025-02");
            assertThat(browser.driver().findElement(By.id("months-heading")).getText())
                    .isEqualTo("Pääkonttori: 3 responses, February 2025 – February 2025");
            assertThat(browser.driver().findElement(By.id("from")).getDomProperty("value"))
                    .isEqualTo("2025-02");

            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("months")))
                    .selectByVisibleText("Last 3 months");
            browser.click(By.id("show"));
            browser.waiting().until(d -> d.getCurrentUrl().contains("months=3"));
            assertThat(browser.driver().getCurrentUrl()).contains("unit=" + office);
            assertThat(browser.text()).doesNotContain("February visit " + mark);

            browser.go("survey/results?unit=" + office + "&months=custom&from=2025-03&to=2025-01");
            assertThat(browser.driver().findElement(By.id("to-error")).getText())
                    .isEqualTo("The last month is before the first month.");
            assertThat(browser.driver().findElement(By.id("to")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.driver().findElement(By.id("to")).getAttribute("aria-describedby"))
                    .isEqualTo("to-error");
            browser.assertAccessible("survey/results with a wrong period at 360 px", TAGS);
            browser.assertNoSidewaysScroll("survey/results with a wrong period");

            browser.go("survey/results?unit=" + office + "&months=custom&from=someday&to=2025-01");
            assertThat(browser.driver().findElement(By.id("from-error")).getText())
                    .isEqualTo("Write the month as year and month, such as 2026-01.");
        }
    }

    private static String response(String answeredAt, String visitedAt, int nps, String externalId, String comment) {
        return "{\"unit\":\"PP-HQ\",\"answeredAt\":\"" + answeredAt + "\","
                + (visitedAt == null ? "" : "\"visitedAt\":\"" + visitedAt + "\",")
                + (comment == null ? "" : "\"comment\":\"" + comment + "\",")
                + "\"nps\":" + nps + ",\"externalId\":\"" + externalId + "\"}";
    }
}
