package fi.kohtaamo.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.organisation.control.DemoOrganisation;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages a person opens without signing in, the customer survey and the sign-in page, on phones 320, 360 and 390 px
 * wide: the page never scrolls sideways, no element is wider than the screen, and the page stays accessible (axe,
 * WCAG 2.2 AA, which includes the 24 px touch targets). On the survey every choice of both scales is on screen and can
 * be chosen, by touch and with the arrow keys, in Finnish, Swedish and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyPhoneJourneyIT {

    private static final List<Integer> WIDTHS = List.of(320, 360, 390);
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String SURVEY = "survey/respond?unit=" + DemoOrganisation.DEMO_UNIT_CODE;

    @ArquillianResource
    URL base;

    @Test
    void everyChoiceOfBothScalesIsOnAPhonesScreenInEveryLanguage() {
        for (int width : WIDTHS) {
            try (Browser phone = phone(width, "fi")) {
                for (String language : LANGUAGES) {
                    String page = "the survey in " + language + " at " + width + " px";
                    phone.go(SURVEY + "&lang=" + language);
                    phone.heading();
                    phone.assertFitsWindow(page);
                    assertChoicesOnScreen(phone, "nps", 11, width, page);
                    assertChoicesOnScreen(phone, "csat", 5, width, page);
                    phone.assertAccessible(page, TAGS);
                    for (int choice = 0; choice <= 10; choice++) {
                        assertChosenByTouch(phone, "nps", choice, page);
                    }
                    for (int choice = 0; choice < 5; choice++) {
                        assertChosenByTouch(phone, "csat", choice, page);
                    }
                }
            }
        }
    }

    /**
     * A promoter on the narrowest phone moves along the scale with the arrow keys to 10, sees which number has the
     * focus, and sends the answer. Only one answer is sent: the survey takes ten answers per address in ten minutes,
     * and the other tests answer from the same address.
     */
    @Test
    void aPromoterOnTheNarrowestPhoneChoosesTenWithTheArrowKeysAndSendsIt() {
        try (Browser phone = phone(320, "fi")) {
            phone.go(SURVEY + "&lang=fi");
            phone.heading();
            script(phone).executeScript("document.getElementById('survey:nps:0').focus();");
            Actions keys = new Actions(phone.driver());
            for (int step = 1; step <= 10; step++) {
                keys.sendKeys(Keys.ARROW_RIGHT).perform();
            }
            assertThat(phone.driver().findElement(By.id("survey:nps:10")).isSelected())
                    .as("ten arrow presses from 0 choose 10")
                    .isTrue();
            assertThat(script(phone).executeScript("""
                                    const focused = document.activeElement;
                                    const label = document.querySelector('label[for="' + focused.id + '"]');
                                    return focused.id + ' ' + getComputedStyle(label).outlineStyle;
                                    """))
                    .as("the focused number is outlined")
                    .isEqualTo("survey:nps:10 solid");
            keys.sendKeys(Keys.ARROW_LEFT).perform();
            assertThat(phone.driver().findElement(By.id("survey:nps:9")).isSelected())
                    .isTrue();
            keys.sendKeys(Keys.ARROW_RIGHT).perform();
            phone.click(By.cssSelector("label[for='survey:csat:4']"));
            phone.click(By.id("survey:send"));
            phone.waitForText("Kiitos!");
            phone.assertFitsWindow("the thanks at 320 px");
        }
    }

    @Test
    void theSignInPageFitsAPhoneAndStaysAccessible() {
        for (String language : LANGUAGES) {
            try (Browser phone = phone(WIDTHS.get(0), language)) {
                for (int width : WIDTHS) {
                    resize(phone, width);
                    phone.go("login");
                    phone.heading();
                    String page = "the sign-in page in " + language + " at " + width + " px";
                    phone.assertFitsWindow(page);
                    phone.assertAccessible(page, TAGS);
                }
            }
        }
    }

    private Browser phone(int width, String language) {
        Browser phone = Browser.open(base, language, width, 800);
        resize(phone, width);
        return phone;
    }

    /** Chromium opens a headless window at least 500 px wide; resized afterwards it keeps the phone's width. */
    private static void resize(Browser phone, int width) {
        phone.driver().manage().window().setSize(new Dimension(width, 800));
        assertThat(script(phone).executeScript("return window.innerWidth;")).isEqualTo((long) width);
    }

    /** Each of the scale's numbers lies wholly within the screen's width and is a touch target of 24×24 px at least. */
    @SuppressWarnings("unchecked")
    private static void assertChoicesOnScreen(Browser phone, String scale, int choices, int width, String page) {
        List<Map<String, Object>> boxes =
                (List<Map<String, Object>>) script(phone).executeScript("""
                        return [...document.querySelectorAll('input[name="survey:' + arguments[0] + '"]')].map(input => {
                            const r = document.querySelector('label[for="' + input.id + '"]').getBoundingClientRect();
                            const i = input.getBoundingClientRect();
                            const ends = document.getElementById(input.getAttribute('aria-describedby'));
                            return {value: input.value, left: r.left, right: r.right, width: r.width,
                                height: r.height, inside: i.left >= r.left && i.right <= r.right,
                                radio: input.getAttribute('role') === null,
                                group: input.closest('fieldset').querySelector('legend').textContent.trim(),
                                ends: ends === null ? '' : ends.textContent};
                        });
                        """, scale);
        assertThat(boxes).as("%s: the %s scale's choices", page, scale).hasSize(choices);
        for (Map<String, Object> box : boxes) {
            String what = page + ": " + scale + " " + box;
            assertThat(number(box, "left")).as(what).isGreaterThanOrEqualTo(0);
            assertThat(number(box, "right")).as(what).isLessThanOrEqualTo(width);
            assertThat(number(box, "width")).as(what).isGreaterThanOrEqualTo(24);
            assertThat(number(box, "height")).as(what).isGreaterThanOrEqualTo(24);
            assertThat(box.get("inside"))
                    .as("%s: the radio button lies within its number", what)
                    .isEqualTo(true);
        }
    }

    private static void assertChosenByTouch(Browser phone, String scale, int index, String page) {
        String id = "survey:" + scale + ":" + index;
        phone.click(By.cssSelector("label[for='" + id + "']"));
        assertThat(phone.driver().findElement(By.id(id)).isSelected())
                .as("%s: %s is chosen by touching it", page, id)
                .isTrue();
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private static JavascriptExecutor script(Browser phone) {
        return (JavascriptExecutor) phone.driver();
    }
}
