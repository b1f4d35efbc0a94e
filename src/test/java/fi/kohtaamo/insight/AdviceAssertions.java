package fi.kohtaamo.insight;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What the browser journeys of the insight unit page and the supervisor's cockpit check in "What to work on next". */
public final class AdviceAssertions {

    private AdviceAssertions() {}

    /**
     * "What to work on next" holds one to three recommendations for the unit, each a sentence with a figure from the
     * evidence (a share of the comments or a pulse mean) that names a workshop the unit has not held in the last year
     * or a module that most of its employees have not completed, and links to scheduling that workshop for the unit or
     * to the module; the link opens its page. The demo's exact figures change with the demo, so they are not asserted
     * here: {@code AdviceIT} checks them on data of its own.
     */
    public static void assertRealAdvice(Browser browser, String unit) {
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#advice > li"));
        assertThat(items).as("the demo unit has evidence to advise on").hasSizeBetween(1, 3);
        for (WebElement item : items) {
            String why = item.findElement(By.className("advice-why")).getText();
            WebElement link = item.findElement(By.className("advice-link"));
            String title = link.getText().replaceAll("^\\S+ “(.+)”$", "$1");
            assertThat(why)
                    .containsPattern(
                            "\\d+ % of \\d+ comments|\\d\\.\\d / 5 \\(\\d+ answers\\)|as the root cause \\d+ times")
                    .containsPattern("(has not run|last ran) the workshop “\\Q" + title + "\\E”"
                            + "|(only \\d+ of your \\d+ employees have|nobody in your team has) completed the module"
                            + " “\\Q" + title + "\\E” in the last 12 months")
                    .endsWith(".");
            assertThat(link.getDomAttribute("href"))
                    .matches(".*/(workshop/session-edit\\?unit=" + unit
                            + "&guide=[a-z0-9-]+|learning/module\\?id=[a-z0-9-]+)");
        }
        assertThat(items)
                .extracting(i -> i.findElement(By.className("advice-link")).getText())
                .doesNotHaveDuplicates();
        WebElement firstLink = items.get(0).findElement(By.className("advice-link"));
        boolean workshop = firstLink.getDomAttribute("href").contains("session-edit");
        String firstTitle = firstLink.getText().replaceAll("^\\S+ “(.+)”$", "$1");
        String page = browser.path();
        browser.click(By.cssSelector("#advice > li:first-child .advice-link"));
        if (workshop) {
            assertThat(browser.heading()).isEqualTo("Schedule a workshop");
            assertThat(browser.text()).as("the guide is chosen").contains(firstTitle);
        } else {
            assertThat(browser.heading()).isEqualTo(firstTitle);
        }
        browser.driver().navigate().back();
        browser.waiting().until(d -> browser.path().equals(page));
    }
}
