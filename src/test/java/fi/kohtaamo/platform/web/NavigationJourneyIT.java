package fi.kohtaamo.platform.web;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main navigation of each demo role, in headless Chromium: at most six entries at the top, grouped by task; every
 * link in the groups opens its page, which the link then marks as the current page (aria-current and its style) and
 * its group as the current group; axe-clean with each group open at desktop width. On a 360 px phone the menu folds
 * behind one button, so the header stays low, and the menu, a group and a link open with the keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NavigationJourneyIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The headings of the error pages, in English: a link that leads to one of them is broken. */
    private static final List<String> ERRORS =
            List.of("Not available to you", "Page not found", "Something went wrong", "Your page expired");

    /** The header's height on a phone with the menu folded: brand and menu button, language and sign-out rows. */
    private static final long FOLDED_HEADER_MAX_PX = 150;

    @ArquillianResource
    URL base;

    @Test
    void anEmployeeHasThreeLinksAndNoGroups() {
        List<String> links = List.of("nav-employee", "nav-learning", "nav-pulse");
        assertThat(navigate("employee.demo", links)).isEqualTo(3);
    }

    @Test
    void aSupervisorNavigatesByTask() {
        List<String> links = List.of(
                "nav-employee",
                "nav-learning",
                "nav-pulse",
                "nav-supervisor",
                "nav-cases",
                "nav-team-progress",
                "nav-assignments",
                "nav-workshops",
                "nav-results",
                "nav-insight");
        assertThat(navigate("supervisor.demo", links)).isEqualTo(3);
    }

    @Test
    void hrNavigatesByTask() {
        List<String> links = List.of(
                "nav-employee",
                "nav-learning",
                "nav-pulse",
                "nav-team-progress",
                "nav-assignments",
                "nav-workshops",
                "nav-results",
                "nav-insight",
                "nav-case-figures",
                "nav-coverage",
                "nav-rooms",
                "nav-hr",
                "nav-people",
                "nav-people-import",
                "nav-pulse-rounds",
                "nav-invitations",
                "nav-import",
                "nav-reminders",
                "nav-content",
                "nav-audit");
        assertThat(navigate("hr.demo", links)).isEqualTo(4);
    }

    @Test
    void anAdministratorNavigatesByTask() {
        List<String> links = List.of(
                "nav-employee",
                "nav-learning",
                "nav-pulse",
                "nav-team-progress",
                "nav-coverage",
                "nav-rooms",
                "nav-people",
                "nav-people-import",
                "nav-content",
                "nav-audit",
                "nav-admin",
                "nav-units",
                "nav-outbox",
                "nav-api-keys",
                "nav-scim-tokens");
        assertThat(navigate("admin.demo", links)).isEqualTo(5);
    }

    /**
     * Signs in once, checks the navigation at desktop width and follows each of its links, then narrows the same window
     * to a phone's and goes home to check the folded menu.
     *
     * @return the number of top-level entries
     */
    private int navigate(String username, List<String> expected) {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn(username, "kohtaamo-demo");
            browser.heading();
            int top = desktop(browser, username, expected);
            // Chromium keeps a headless window at least 500 px wide when it opens, not when it is resized.
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.go("");
            browser.heading();
            phone(browser, username);
            return top;
        }
    }

    /**
     * Checks the navigation at desktop width and follows each of its links.
     *
     * @return the number of top-level entries
     */
    private static int desktop(Browser browser, String username, List<String> expected) {
        List<WebElement> top = browser.driver().findElements(By.cssSelector("#nav-menu > li"));
        assertThat(top).as("top-level entries").hasSizeBetween(1, 6);
        List<String> links = browser.driver().findElements(By.cssSelector("#nav-menu a")).stream()
                .map(link -> link.getDomAttribute("id"))
                .toList();
        assertThat(links).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(browser.driver().findElements(By.id("nav-toggle")).get(0).isDisplayed())
                .as("the menu button is only for a phone")
                .isFalse();

        for (WebElement group : browser.driver().findElements(By.cssSelector("#nav-menu details > summary"))) {
            group.click();
            assertThat(group.findElement(By.xpath("..")).getDomAttribute("open"))
                    .isNotNull();
            browser.assertAccessible(username + " with group " + group.getText() + " open", TAGS);
        }

        for (String id : links) {
            WebElement page = browser.driver().findElement(By.tagName("html"));
            browser.click(By.id(id));
            browser.waiting().until(ExpectedConditions.stalenessOf(page));
            browser.waiting().until(d -> "page".equals(d.findElement(By.id(id)).getDomAttribute("aria-current")));
            String heading = browser.heading();
            assertThat(heading).as(id + " opens " + browser.path()).isNotIn(ERRORS);
            assertThat(browser.driver().findElements(By.cssSelector(".site-nav [aria-current=page]")))
                    .as("one current page")
                    .hasSize(1);
            WebElement link = browser.driver().findElement(By.id(id));
            assertThat(link.getDomAttribute("class")).contains("current");
            List<WebElement> groups = link.findElements(By.xpath("ancestor::details/summary"));
            if (!groups.isEmpty()) {
                assertThat(groups.get(0).getDomAttribute("class"))
                        .as(id + "'s group")
                        .contains("current");
                assertThat(browser.driver().findElements(By.cssSelector("summary.current")))
                        .hasSize(1);
            }
            assertThat(browser.cspViolations()).as(id).isEmpty();
        }
        return top.size();
    }

    /** The folded menu on a 360 px phone, opened and followed with the keyboard alone. */
    private static void phone(Browser browser, String username) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        WebElement toggle = browser.driver().findElement(By.id("nav-toggle"));
        WebElement menu = browser.driver().findElement(By.id("nav-menu"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(menu.isDisplayed()).as("the menu is folded").isFalse();
        long header = ((Number) script.executeScript(
                        "return document.querySelector('.site-header').getBoundingClientRect().height;"))
                .longValue();
        assertThat(header).as("the folded header's height").isLessThan(FOLDED_HEADER_MAX_PX);
        browser.assertAccessible(username + " at 360 px, menu folded", TAGS);

        Actions keys = new Actions(browser.driver());
        for (int tab = 0; tab < 5 && !"nav-toggle".equals(focused(browser)); tab++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused(browser)).as("the menu button is reached by Tab").isEqualTo("nav-toggle");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.isDisplayed()).isTrue();

        keys.sendKeys(Keys.TAB).perform();
        WebElement first = browser.driver().switchTo().activeElement();
        if ("summary".equals(first.getTagName())) {
            keys.sendKeys(Keys.ENTER).perform();
            assertThat(first.findElement(By.xpath("..")).getDomAttribute("open"))
                    .as("Enter opens the group")
                    .isNotNull();
            keys.sendKeys(Keys.TAB).perform();
        }
        WebElement link = browser.driver().switchTo().activeElement();
        assertThat(link.getTagName()).isEqualTo("a");
        assertThat(link.isDisplayed()).isTrue();
        browser.assertNoSidewaysScroll(username + "'s open menu at 360 px");
        browser.assertAccessible(username + " at 360 px, menu open", TAGS);

        String id = link.getDomAttribute("id");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waiting().until(ExpectedConditions.stalenessOf(link));
        browser.waiting().until(d -> "page".equals(d.findElement(By.id(id)).getDomAttribute("aria-current")));
        assertThat(browser.heading()).isNotIn(ERRORS);
        assertThat(browser.driver().findElement(By.id("nav-menu")).isDisplayed())
                .as("a new page starts with the menu folded")
                .isFalse();
    }

    private static String focused(Browser browser) {
        return browser.driver().switchTo().activeElement().getDomAttribute("id");
    }
}
