package fi.kohtaamo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
 * HR imports a Finnish Excel export with some bad rows, imports the valid ones, fixes the rest and imports the fixed
 * file, which also repeats rows already imported: they are counted as duplicates, never twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyImportJourneyIT {

    @ArquillianResource
    URL base;

    private static final String NOT_IN_FILE = "— not in this file —";

    @Test
    void hrImportsAFileWithBadRowsFixesThemAndImportsAgain() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String source = "Kyselytyökalu " + mark;
        String header = "Yksikkö;Päivämäärä;Suositteluhalukkuus;Tyytyväisyys;Avoin palaute " + mark;
        String good1 = "HKI-KAMPPI;12.10.2026 14:05;9;5;Ystävällinen palvelu " + mark;
        String good2 = "HKI-KAMPPI;13.10.2026 9:30;6;3;\"Jonoa oli;\npaljon " + mark + "\"";
        Path first = file(
                "kysely.csv",
                List.of(
                        header,
                        good1,
                        "HKI-KAMPI;14.10.2026 10:00;10;5;Hieno " + mark,
                        good2,
                        "HKI-KAMPPI;32.10.2026;8;4;Ok " + mark));
        Path fixed = file(
                "kysely-korjattu.csv",
                List.of(
                        header,
                        good1,
                        "HKI-KAMPPI;14.10.2026 10:00;10;5;Hieno " + mark,
                        "HKI-KAMPPI;22.10.2026;8;4;Ok " + mark,
                        good2));

        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.click(By.id("nav-import"));
            assertThat(browser.heading()).isEqualTo("Import customer responses");

            upload(browser, first);
            browser.waitForText("First rows");
            assertThat(browser.driver().findElement(By.id("encoding")).getText())
                    .isEqualTo("windows-1252");
            assertThat(browser.driver().findElement(By.id("separator")).getText())
                    .isEqualTo(";");
            assertThat(selected(browser, "UNIT")).startsWith("Yksikkö");
            assertThat(selected(browser, "ANSWERED_AT")).startsWith("Päivämäärä");
            assertThat(selected(browser, "NPS")).startsWith("Suositteluhalukkuus");
            assertThat(selected(browser, "COMMENT")).startsWith("Avoin palaute");
            assertThat(selected(browser, "VISITED_AT"))
                    .as("a file without a visit date maps none")
                    .isEqualTo(NOT_IN_FILE);
            assertThat(browser.text()).contains("Visit date is optional: when the file has it, each response counts");
            assertThat(browser.driver().findElement(By.id("preview")).getText()).contains("Ystävällinen palvelu");

            new Select(browser.driver().findElement(By.id("mapping:map_NPS"))).selectByIndex(0);
            browser.click(By.id("mapping:check"));
            browser.waitForText("Choose the column for: NPS score (0–10).");

            new Select(browser.driver().findElement(By.id("mapping:map_NPS")))
                    .selectByVisibleText("Suositteluhalukkuus (9)");
            // A template name past its maxlength (set as a script would, since the browser stops typing at it).
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('mapping:template').value = arguments[0]", "n".repeat(121));
            browser.click(By.id("mapping:check"));
            browser.waitForText("At most 120 characters.");
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Waiting for mapping");
            browser.type(By.id("mapping:template"), source);
            browser.click(By.id("mapping:check"));
            browser.waitForText("4 rows: 2 valid, 2 with problems.");
            String problems =
                    browser.driver().findElement(By.id("problemsForm:problems")).getText();
            assertThat(problems)
                    .contains("3", "Yksikkö", "HKI-KAMPI", "no unit has this code")
                    .contains("5", "Päivämäärä", "32.10.2026", "not a date");
            assertThat(browser.driver().findElements(By.id("decide:downloadRejects")))
                    .hasSize(1);

            browser.click(By.id("decide:importValid"));
            browser.waitForText("2 responses added, 0 skipped as already imported, 2 rejected.");

            upload(browser, fixed);
            browser.waitForText("The saved mapping " + source + " was applied.");
            assertThat(selected(browser, "NPS")).startsWith("Suositteluhalukkuus");
            browser.click(By.id("mapping:check"));
            browser.waitForText("4 rows: 4 valid, 0 with problems.");
            browser.click(By.id("decide:importValid"));
            browser.waitForText("2 responses added, 2 skipped as already imported, 0 rejected.");

            browser.click(By.id("decide:another"));
            assertThat(browser.driver().findElement(By.id("recentForm:recent")).getText())
                    .contains("kysely-korjattu.csv", "kysely.csv", "2 / 2 / 0", "2 / 0 / 2");

            // October, when the file's answers were given: the latest comments of the whole unit are newer.
            browser.go("survey/results?unit=" + kamppiId(browser) + "&months=custom&from=2026-10&to=2026-10");
            // Waits for the page, and says what it showed instead if the comments never come.
            browser.waitForText("Hieno " + mark);
            assertThat(browser.driver().findElement(By.id("comments")).getText())
                    .contains("Ystävällinen palvelu " + mark, "Hieno " + mark);
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("supervisor.demo", "kohtaamo-demo");
            browser.go("survey/import");
            assertThat(browser.heading()).isEqualTo("Not available to you");
        }
    }

    @Test
    void hrImportsVisitDatesAndARowWhoseVisitIsAfterItsAnswerSaysSo() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        Path visits = file(
                "kaynnit-" + mark + ".csv",
                List.of(
                        "Yksikkö;Käyntipäivä;Päivämäärä;Suositteluhalukkuus;Avoin palaute",
                        "HKI-KAMPPI;30.9.2025 16:00;1.10.2025 9:00;9;Syyskuun käynti " + mark,
                        "HKI-KAMPPI;2.10.2025 12:00;1.10.2025 9:00;8;Myöhäinen käynti " + mark));

        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            upload(browser, visits);
            browser.waitForText("First rows");
            assertThat(selected(browser, "VISITED_AT")).startsWith("Käyntipäivä");
            assertThat(selected(browser, "ANSWERED_AT")).startsWith("Päivämäärä");

            browser.click(By.id("mapping:check"));
            browser.waitForText("2 rows: 1 valid, 1 with problems.");
            assertThat(browser.driver()
                            .findElement(By.id("problemsForm:problems"))
                            .getText())
                    .contains("3", "Käyntipäivä", "2.10.2025 12:00", "the visit is after the answer");
            browser.click(By.id("decide:importValid"));
            browser.waitForText("skipped as already imported");

            browser.go("survey/results?unit=" + kamppiId(browser) + "&months=custom&from=2025-09&to=2025-09");
            browser.waitForText("Syyskuun käynti " + mark);
            assertThat(browser.text())
                    .as("answered in October, counted in September, the month of the visit")
                    .contains("September 2025 – September 2025")
                    .doesNotContain("Myöhäinen käynti " + mark);
        }
    }

    @Test
    void aFileWithAQuoteNeverClosedSaysWhichRowAndCanBeCancelled() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        Path broken = file(
                "lainaus-" + mark + ".csv",
                List.of(
                        "Yksikkö;Päivämäärä;Suositteluhalukkuus;Avoin palaute",
                        "HKI-KAMPPI;12.10.2026 14:05;9;Hyvä " + mark,
                        "HKI-KAMPPI;13.10.2026 9:30;6;\"Jonoa oli paljon " + mark,
                        "HKI-KAMPPI;14.10.2026 10:00;10;Hieno " + mark));
        String reason = "Row 3: the quote opened here is never closed";

        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            upload(browser, broken);
            assertThat(browser.driver().findElement(By.id("unreadable")).getText())
                    .as("the page opens and names the row instead of failing on the preview")
                    .startsWith(reason);

            browser.click(By.id("mapping:check"));
            browser.waitForText("The import did not finish");
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Failed");
            assertThat(browser.driver().findElement(By.id("failure")).getText()).startsWith(reason);

            browser.go(browser.path());
            assertThat(browser.driver().findElement(By.id("failure")).getText())
                    .as("every later visit shows the same")
                    .startsWith(reason);
            browser.click(By.id("mapping:cancelMapping"));
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("Nothing was imported from this file.");
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Cancelled");
        }
    }

    private static String kamppiId(Browser browser) {
        browser.go("survey/results");
        return new Select(browser.driver().findElement(By.id("unit")))
                .getOptions().stream()
                        .filter(o -> o.getText().equals("Palvelupiste Kamppi"))
                        .findFirst()
                        .orElseThrow()
                        .getAttribute("value");
    }

    private static void upload(Browser browser, Path file) {
        browser.go("survey/import");
        WebElement input = browser.waiting().until(d -> d.findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waiting().until(d -> d.getCurrentUrl().contains("id="));
    }

    private static String selected(Browser browser, String field) {
        return new Select(browser.driver().findElement(By.id("mapping:map_" + field)))
                .getFirstSelectedOption()
                .getText();
    }

    private static Path file(String name, List<String> lines) throws Exception {
        Path folder = Files.createTempDirectory("import-journey");
        Path file = folder.resolve(name);
        Files.write(file, String.join("\r\n", lines).concat("\r\n").getBytes(Charset.forName("windows-1252")));
        return file;
    }
}
