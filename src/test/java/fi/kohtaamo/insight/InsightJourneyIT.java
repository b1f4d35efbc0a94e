package fi.kohtaamo.insight;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * HR reads training beside outcomes for every unit, drills into one, and reads the before/after analysis; a
 * supervisor sees only their own unit, and never another's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsightJourneyIT {

    @ArquillianResource
    URL base;

    /** Fetches a URL with the browser's session, as the browser's own download would. */
    private static java.net.http.HttpResponse<byte[]> fetch(Browser browser, String url) {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                    .header("Cookie", "JSESSIONID=" + session)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(Browser browser, String url) {
        java.net.http.HttpResponse<byte[]> response = fetch(browser, url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of the theme table, each as its text. */
    private static List<String> themeRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#theme-shares tbody tr")).stream()
                .map(row -> row.getText().strip())
                .toList();
    }

    @Test
    void hrComparesUnitsDrillsIntoOneAndReadsTheBeforeAfterAnalysis() {
        String turku;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.click(By.id("nav-insight"));
            assertThat(browser.heading()).isEqualTo("Training and outcomes");
            String table =
                    browser.driver().findElement(By.id("dashboard:units")).getText();
            assertThat(table).contains("Palvelupiste Kamppi", "Palvelupiste Turku", "Asiakaspalvelu Seinäjoki");
            assertThat(browser.driver().findElements(By.cssSelector("#dashboard\\:units tbody tr")))
                    .hasSizeGreaterThanOrEqualTo(12);
            assertThat(browser.driver().findElements(By.cssSelector("#dashboard\\:units svg.sparkline")))
                    .hasSizeGreaterThanOrEqualTo(12);
            assertThat(table).contains("not started").containsPattern("[+-]\\d+ \\[-?\\d+; -?\\d+\\]");
            turku = browser.driver()
                    .findElement(By.linkText("Palvelupiste Turku"))
                    .getAttribute("href")
                    .replaceAll(".*unit=", "");

            browser.click(By.linkText("Palvelupiste Kamppi"));
            assertThat(browser.heading()).isEqualTo("Palvelupiste Kamppi");
            assertThat(browser.driver().findElements(By.cssSelector("#trend_canvas[role=img]")))
                    .hasSize(1);
            assertThat(browser.driver().findElement(By.id("change")).getText())
                    .as("Kamppi trained in the spring and has answers on both sides")
                    .containsPattern("[+-]\\d+ \\[-?\\d+; -?\\d+\\] \\(6 \\+ 6 months, n = \\d+ / \\d+\\)");
            assertThat(browser.text()).contains("What to work on next", "The team's commitments");
            String kamppi = browser.driver()
                    .findElement(By.id("pdf"))
                    .getAttribute("href")
                    .replaceAll(".*unit=", "");
            AdviceAssertions.assertRealAdvice(browser, kamppi);

            // The chart as a table: a month of too few answers is uncertain there, and named under the chart.
            browser.click(By.cssSelector("#trend-table summary"));
            List<WebElement> chartMonths = browser.driver().findElements(By.cssSelector("#trend-table tbody tr"));
            assertThat(chartMonths).hasSize(24);
            List<String> uncertain = new java.util.ArrayList<>();
            for (WebElement month : chartMonths) {
                List<WebElement> cells = month.findElements(By.tagName("td"));
                String npsCell = cells.get(1).getText();
                if (Long.parseLong(cells.get(0).getText()) < 10) {
                    assertThat(npsCell).isEqualTo("uncertain: too few answers");
                    uncertain.add(month.findElement(By.tagName("th")).getText());
                } else {
                    assertThat(npsCell).matches("[+-]?\\d+ ± \\d+");
                }
            }
            if (uncertain.isEmpty()) {
                assertThat(browser.driver().findElements(By.id("uncertain-months")))
                        .isEmpty();
            } else {
                assertThat(browser.driver()
                                .findElement(By.id("uncertain-months"))
                                .getText())
                        .endsWith(": " + String.join(", ", uncertain));
            }

            String unitPdf =
                    pdfText(browser, browser.driver().findElement(By.id("pdf")).getAttribute("href"));
            assertThat(unitPdf)
                    .contains("Palvelupiste Kamppi – Training and outcomes", "NPS", "First workshop")
                    .containsPattern("[+-]\\d+ \\[-?\\d+; -?\\d+\\] \\(n = \\d+ / \\d+\\)");

            // The comments' themes, as the customer results page shows them for the same unit, each linking there.
            List<String> themes = themeRows(browser);
            assertThat(themes)
                    .hasSize(10)
                    .allSatisfy(row -> assertThat(row).matches("\\S.* \\d+ %( \\*)? \\d+ \\d+ \\d+ \\d+ %( \\*)? .+"));
            assertThat(themes.get(0)).startsWith("Waiting ");
            String waiting = themes.get(0).replaceFirst("^(Waiting \\d+ %( \\*)? \\d+).*", "$1");
            assertThat(unitPdf)
                    .as("the PDF holds the same theme table")
                    .contains("What the comments are about", waiting, "Three months before");
            browser.click(By.linkText("Waiting"));
            assertThat(browser.heading()).isEqualTo("Customer results");
            assertThat(new Select(browser.driver().findElement(By.id("theme")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Waiting");
            assertThat(browser.text()).contains("Palvelupiste Kamppi:");
            assertThat(themeRows(browser)).as("the same shares on both pages").isEqualTo(themes);
            browser.go("insight/unit?unit=" + kamppi);

            browser.click(By.id("back"));
            browser.click(By.linkText("Asiakaspalvelukeskus Helsinki"));
            assertThat(browser.driver().findElement(By.id("teams")).getText())
                    .as("drill down from the unit to its teams")
                    .contains("Puhelinpalvelu", "Chat- ja sähköpostipalvelu");
            browser.click(By.id("back"));
            String dashboardPdf = pdfText(
                    browser,
                    browser.driver().findElement(By.id("dashboard:pdf")).getAttribute("href"));
            assertThat(dashboardPdf)
                    .contains("Training and outcomes", "Palvelupiste Kamppi", "Palvelupiste Turku", "NPS ± 95 % (n)");
            browser.click(By.id("dashboard:analyses-link"));
            assertThat(browser.heading()).isEqualTo("Analyses: training and outcomes");
            assertThat(browser.driver().findElement(By.id("trained-mean")).getText())
                    .matches("[+-]\\d+ \\[-?\\d+; -?\\d+\\], n = \\d+");
            assertThat(browser.driver()
                            .findElement(By.id("before-after-reading"))
                            .getText())
                    .isNotBlank();
            assertThat(browser.driver().findElement(By.id("causation")).getText())
                    .startsWith("Correlation is not causation");
            // Training's effect from the staggered rollout, beside the before/after: the demo's units start in
            // different
            // months, so there is an overall effect, an event study with its table and the parallel-trends reading.
            assertThat(browser.driver().findElement(By.id("did-heading")).getText())
                    .isEqualTo("Training's effect from the staggered rollout: NPS");
            assertThat(browser.driver().findElement(By.id("did-overall")).getText())
                    .matches("[+-]\\d+ \\[-?\\d+; -?\\d+\\]");
            assertThat(browser.driver().findElement(By.id("did-units")).getText())
                    .matches("\\d+ \\((?:[3-9]|\\d{2,}) trained, (?:[3-9]|\\d{2,}) for comparison\\)");
            assertThat(Long.parseLong(
                            browser.driver().findElement(By.id("did-answers")).getText()))
                    .isPositive();
            assertThat(browser.driver().findElement(By.id("did-reading")).getText())
                    .isIn(
                            "Trained units did better than they would have without training: the whole interval is above"
                                    + " zero.",
                            "Trained units did worse than they would have without training: the whole interval is below"
                                    + " zero.",
                            "The interval includes zero: with these units and months, the data cannot tell training's"
                                    + " effect from chance.");
            assertThat(browser.driver().findElement(By.id("did-trends")).getText())
                    .matches(
                            "Before training, trained and not-yet-trained units (moved alike|did not move alike): in"
                                    + " the months before the start they (already )?differed by [+-]\\d+ \\[-?\\d+; -?\\d+\\][.,].*");
            assertThat(browser.driver().findElements(By.cssSelector("#eventStudy_canvas[role=img]")))
                    .hasSize(1);
            List<String> events = browser.driver().findElements(By.cssSelector("#did-events tbody tr")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(events).hasSize(19);
            assertThat(events.get(0)).startsWith("-6 ");
            assertThat(events.get(5)).isEqualTo("-1 0 (reference month) 0");
            assertThat(events.get(6)).as("the month of the start").matches("0 [+-]\\d+ \\[-?\\d+; -?\\d+\\] [3-9]\\d*");
            assertThat(events.get(18)).startsWith("+12 ");
            assertThat(browser.driver().findElement(By.id("did-method")).getText())
                    .contains("Callaway & Sant'Anna 2021", "199 times", "unit's months");
            assertThat(browser.driver().findElement(By.id("did-breaks")).getText())
                    .startsWith("What would break it:");
            new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("CSAT");
            browser.click(By.id("show"));
            browser.waiting().until(ExpectedConditions.urlContains("outcome=CSAT"));
            assertThat(browser.driver().findElement(By.id("did-heading")).getText())
                    .isEqualTo("Training's effect from the staggered rollout: CSAT (1–5)");
            assertThat(browser.driver().findElement(By.id("did-overall")).getText())
                    .matches("[+-]\\d+\\.\\d\\d \\[-?\\d+\\.\\d\\d; -?\\d+\\.\\d\\d\\]|not enough data");
            new Select(browser.driver().findElement(By.id("start"))).selectByValue("SUPERVISOR_COACHING");
            browser.click(By.id("show"));
            browser.waiting().until(ExpectedConditions.urlContains("start=SUPERVISOR_COACHING"));
            assertThat(new Select(browser.driver().findElement(By.id("start")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("the supervisors' coaching completion");
            assertThat(browser.driver().findElement(By.id("did-overall")).getText())
                    .matches("[+-]\\d+\\.\\d\\d \\[-?\\d+\\.\\d\\d; -?\\d+\\.\\d\\d\\]|not enough data");
            browser.go("insight/analyses");
            assertThat(browser.driver()
                            .findElement(By.id("training-correlation"))
                            .getText())
                    .contains("Pearson's r", "Spearman's ρ")
                    .containsPattern("n = \\d+");
            // The help text's apostrophes survive MessageFormat, which takes a lone one as a quote.
            assertThat(browser.text())
                    .contains("Pearson's r measures a straight-line relationship, Spearman's ρ")
                    .contains("Bonett–Wright");
            assertThat(browser.driver().findElement(By.id("kirkpatrick")).getText())
                    .contains("Staff track", "Supervisor track", "1 Reaction", "4 Results");
            // Levels 3 and 4 are each track's own, over the units that took it, and the workshops', with n.
            assertThat(browser.driver().findElements(By.cssSelector("#kirkpatrick tbody tr")))
                    .extracting(WebElement::getText)
                    .hasSize(3)
                    .allSatisfy(
                            row -> assertThat(row)
                                    .containsPattern(
                                            "Workshop attendance: (\\d+ % \\[\\d+; \\d+\\]|not enough data)\\s+\\(n = \\d+\\)")
                                    .containsPattern(
                                            "Commitments done: (\\d+ % \\[\\d+; \\d+\\]|not enough data)\\s+\\(n = \\d+\\)")
                                    .containsPattern(
                                            "[+-]?\\d+ \\[-?\\d+; -?\\d+\\]\\s+n = \\d+ / \\d+|not enough data\\s+n = \\d+ / \\d+"));
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.click(By.id("nav-insight"));
            String table =
                    browser.driver().findElement(By.id("dashboard:units")).getText();
            assertThat(table).contains("Palvelupiste Kamppi").doesNotContain("Palvelupiste Turku");

            browser.go("insight/analyses");
            assertThat(browser.driver().findElement(By.id("did-overall")).getText())
                    .as("a supervisor's own unit alone cannot carry the staggered comparison")
                    .isEqualTo("not enough data");
            assertThat(browser.driver().findElement(By.id("did-units")).getText())
                    .matches("[0-2] \\([0-2] trained, [0-2] for comparison\\)");
            assertThat(browser.driver().findElement(By.id("did-reading")).getText())
                    .isEqualTo(
                            "Not enough data: the effect needs at least 3 trained units with a month after their start"
                                    + " and 3 units not yet trained to compare with, each month with at least 5 answers.");
            assertThat(browser.driver().findElements(By.id("did-events"))).isEmpty();

            browser.go("insight/unit?unit=" + turku);
            assertThat(browser.heading()).isEqualTo("Not available to you");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("employee.demo", "kohtaamo-demo");
            browser.go("insight/dashboard");
            assertThat(browser.heading()).isEqualTo("Not available to you");
        }
    }
}
