package fi.kohtaamo.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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

/**
 * HR imports people from an HR export in Chromium, on a phone-width window: the first file adds two people and their
 * unit; the next changes one of them and has a bad row, which the preview shows and which stops the import until the
 * file is fixed; the fixed file is applied.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleImportJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    URL base;

    @Test
    void hrPreviewsAChangeAndABadRowThenAppliesTheFixedFile() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String unit = "JRN-" + mark;
        String header = "Henkilönumero;Etunimi;Sukunimi;Sähköposti;Yksikkö;Yksikön nimi";
        String ilona = "J1-" + mark + ";Ilona;Tuonti;ilona." + mark + "@example.com;" + unit + ";Tuontiyksikkö " + mark;
        String jere = "J2-" + mark + ";Jere;Tuonti;jere." + mark + "@example.com;" + unit + ";Tuontiyksikkö " + mark;
        String ilonaRenamed = ilona.replace(";Tuonti;", ";Tuonti-Laine;");
        Path first = file("henkilot.csv", header, ilona, jere);
        Path second = file(
                "henkilot-2.csv",
                header,
                ilonaRenamed,
                jere,
                ";Kalle;Tuonti;kalle." + mark + "@example.com;EI-OLE-" + mark + ";");
        Path fixed = file("henkilot-3.csv", header, ilonaRenamed, jere);
        String source = "HR " + mark;

        try (Browser browser = Browser.open(base, "en", 360, 780)) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.click(By.id("nav-people-import"));
            assertThat(browser.heading()).isEqualTo("Import people from HR");
            assertThat(browser.text())
                    .contains("matched to a person by employee number, else by email, else by username");

            upload(browser, first);
            browser.type(By.id("mapping:source"), source);
            browser.click(By.id("mapping:preview"));
            browser.waitForText("Tuontiyksikkö " + mark);
            assertThat(browser.driver().findElement(By.id("count-added")).getText())
                    .startsWith("2");
            browser.click(By.id("apply:applyButton"));
            browser.waitForText("Imported: 2 added, 0 changed, 0 moved, 0 deactivated, 1 units added.");

            upload(browser, second);
            browser.type(By.id("mapping:source"), source);
            browser.click(By.id("mapping:preview"));
            browser.waitForText("last name: Tuonti → Tuonti-Laine");
            assertThat(browser.driver().findElement(By.id("lists:problems")).getText())
                    .contains("4", "There is no unit with the code EI-OLE-" + mark + " in Kohtaamo or in the file.");
            assertThat(browser.driver().findElement(By.id("count-bad")).getText())
                    .startsWith("1");
            assertThat(browser.driver().findElements(By.id("apply:applyButton")))
                    .as("a file with a bad row cannot be applied")
                    .isEmpty();
            browser.assertAccessible("organisation/people-import preview", TAGS);
            browser.assertNoSidewaysScroll("organisation/people-import preview");

            browser.click(By.id("mapping:startOver"));
            upload(browser, fixed);
            browser.type(By.id("mapping:source"), source);
            browser.click(By.id("mapping:preview"));
            browser.waitForText("last name: Tuonti → Tuonti-Laine");
            browser.click(By.id("apply:applyButton"));
            browser.waitForText("Imported: 0 added, 1 changed, 0 moved, 0 deactivated, 0 units added.");
            browser.assertAccessible("organisation/people-import", TAGS);
            browser.assertNoSidewaysScroll("organisation/people-import");
        }
    }

    private static void upload(Browser browser, Path file) {
        browser.waiting()
                .until(d -> d.findElement(By.cssSelector("input[type=file]")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.waitForText(file.getFileName().toString());
    }

    private static Path file(String name, String... lines) throws Exception {
        Path folder = Files.createTempDirectory("people-import");
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }
}
