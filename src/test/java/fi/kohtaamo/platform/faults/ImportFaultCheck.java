package fi.kohtaamo.platform.faults;

import fi.kohtaamo.Browser;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts a survey import the way HR does, for the fault test {@code deploy/faults/fault-test.sh}: signs in as {@code
 * hr.demo}, uploads the file, lets Kohtaamo check every row, and starts the import of the valid rows. It prints the
 * import's id ({@code import=123}) and returns while the import runs in the server; the script then kills the server
 * and checks the database itself.
 *
 * <p>Not a test (the suite runs only {@code *Test} and {@code *IT}):
 *
 * <pre>
 * mvn -o -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fi.kohtaamo.platform.faults.ImportFaultCheck -Dexec.args="http://localhost:18090/ file.csv"
 * </pre>
 */
public final class ImportFaultCheck {

    /** Checking a file of a few hundred thousand rows on a busy machine takes a while. */
    private static final Duration SLOW = Duration.ofMinutes(10);

    private ImportFaultCheck() {}

    public static void main(String[] args) throws Exception {
        URL base = URI.create(args[0]).toURL();
        Path file = Path.of(args[1]).toAbsolutePath();
        try (Browser browser = Browser.open(base, "en")) {
            WebDriverWait slow = browser.waiting(SLOW);
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.go("survey/import");
            WebElement input = browser.waiting().until(d -> d.findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(file.toString());
            slow.until(d -> d.getCurrentUrl().contains("id="));
            String id = browser.path().replaceAll(".*[?&]id=(\\d+).*", "$1");
            browser.waitForText("First rows");
            browser.click(By.id("mapping:check"));
            // The summary is read in the wait: on a small file the check ends, and the page is replaced, while it is
            // read.
            String summary = slow.until(d -> {
                String text = d.findElement(By.id("summary")).getText();
                return text.contains(" with problems.") ? text : null;
            });
            if (!summary.endsWith(" 0 with problems.")) {
                throw new IllegalStateException("The file has rows with problems: " + summary);
            }
            browser.click(By.id("decide:importValid"));
            slow.until(d -> {
                String page = d.findElement(By.tagName("body")).getText();
                return page.contains("Importing") || page.contains("responses added");
            });
            System.out.println("checked: " + summary);
            System.out.println("import=" + id);
        }
    }
}
