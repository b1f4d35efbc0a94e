package fi.kohtaamo.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import java.net.URL;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An administrator maintains units and people in a real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationJourneyIT {

    @ArquillianResource
    URL base;

    @Test
    void adminCreatesAUnitUnderARegionAndThenAPersonInIt() {
        String id = UUID.randomUUID().toString().substring(0, 6);
        String unitName = "Palvelupiste Porvoo " + id;
        String unitCode = "PORVOO-" + id;
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("admin.demo", "kohtaamo-demo");
            browser.click(By.id("nav-units"));
            assertThat(browser.heading()).isEqualTo("Units");

            browser.click(By.cssSelector("button[aria-label='Add below: Etelä-Suomi']"));
            browser.type(By.id("unitDialogForm:name"), unitName);
            browser.type(By.id("unitDialogForm:code"), unitCode);
            assertThat(new Select(browser.driver().findElement(By.id("unitDialogForm:kind")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Unit");
            browser.click(By.id("unitDialogForm:saveUnit"));
            browser.waitForText(unitName + " was saved.");
            assertThat(browser.driver().findElement(By.id("tree:units")).getText())
                    .contains(unitName, unitCode);

            browser.go("organisation/person");
            assertThat(browser.heading()).isEqualTo("New person");
            browser.type(By.id("person:firstName"), "Ulla");
            browser.type(By.id("person:lastName"), "Österlund");
            browser.type(By.id("person:username"), "ulla.osterlund." + id);
            browser.type(By.id("person:email"), "ulla." + id + "@pohjolanpalvelu.example");
            new Select(browser.driver().findElement(By.id("person:unit")))
                    .selectByVisibleText(unitName + " (" + unitCode + ")");
            browser.type(By.id("person:newPassword"), "a-long-enough-password");
            browser.click(By.id("person:save"));

            browser.waitForText("Ulla Österlund was saved.");
            assertThat(browser.path()).startsWith("organisation/people");
            browser.filterColumn("Username", "ulla.osterlund." + id);
            browser.waitingForTable("ulla." + id + "@pohjolanpalvelu.example");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("ulla.osterlund." + id, "a-long-enough-password");
            assertThat(browser.path()).startsWith("home/employee");
            assertThat(browser.text()).contains("Ulla Österlund", unitName);
        }
    }

    @Test
    void personFormExplainsEveryMistakeNextToItsField() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("admin.demo", "kohtaamo-demo");
            browser.go("organisation/person");
            browser.type(By.id("person:firstName"), "Testi");
            browser.type(By.id("person:lastName"), "Henkilö");
            browser.type(By.id("person:username"), "employee.demo");
            browser.type(By.id("person:email"), "not-an-email");
            browser.type(By.id("person:newPassword"), "short");
            browser.click(By.id("person:save"));

            browser.waitForText("This username is already in use.");
            assertThat(browser.text())
                    .contains("Enter a valid email address")
                    .contains("Choose the person's unit.")
                    .contains("A password must be at least 12 characters long.");
            assertThat(browser.heading()).isEqualTo("New person");

            browser.type(By.id("person:username"), "someone.new");
            browser.type(By.id("person:email"), "employee.demo@pohjolanpalvelu.example" + Keys.TAB);
            browser.click(By.id("person:save"));
            browser.waitForText("This email address already belongs to someone else.");
        }
    }

    @Test
    void hrCanOpenPeopleButNotUnitAdministration() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("hr.demo", "kohtaamo-demo");
            browser.click(By.id("nav-people"));
            assertThat(browser.heading()).isEqualTo("People");
            browser.filterColumn("Username", "employee.demo");
            browser.waitingForTable("employee.demo@pohjolanpalvelu.example");

            browser.go("organisation/units");
            assertThat(browser.heading()).isEqualTo("Not available to you");
        }
    }

    @Test
    void adminDeactivatesAPersonAfterConfirmingWhichEndsTheirOpenSessionAndSignIn() {
        String id = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en");
                Browser leaver = Browser.open(base, "en")) {
            browser.signIn("admin.demo", "kohtaamo-demo");
            browser.go("organisation/person");
            browser.type(By.id("person:firstName"), "Lähtevä");
            browser.type(By.id("person:lastName"), "Työntekijä");
            browser.type(By.id("person:username"), "leaver." + id);
            browser.type(By.id("person:email"), "leaver." + id + "@pohjolanpalvelu.example");
            new Select(browser.driver().findElement(By.id("person:unit"))).selectByIndex(2);
            browser.type(By.id("person:newPassword"), "a-long-enough-password");
            browser.click(By.id("person:save"));
            browser.waitForText("was saved.");

            leaver.signIn("leaver." + id, "a-long-enough-password");
            assertThat(leaver.path()).startsWith("home/employee");

            browser.filterColumn("Username", "leaver." + id);
            browser.waitingForTable("leaver." + id + "@");
            browser.click(By.linkText("Työntekijä"));
            browser.click(By.id("status:toggleActive"));
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("Lähtevä Työntekijä was deactivated.");

            leaver.go("learning/my-learning");
            assertThat(leaver.path())
                    .as("the open session ended at the next click")
                    .startsWith("login");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("leaver." + id, "a-long-enough-password");
            assertThat(browser.text()).contains("The username or password is incorrect.");
        }
    }

    /**
     * Revoking an API key asks first: answering No leaves the key active and says nothing was revoked; Yes revokes it.
     */
    @Test
    void revokingAnApiKeyAsksFirstAndNoKeepsTheKey() {
        String name = "Kassa " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en")) {
            browser.signIn("admin.demo", "kohtaamo-demo");
            browser.go("survey/api-keys");
            browser.type(By.id("create:name"), name);
            browser.click(By.cssSelector("input[name='create:units']"));
            browser.click(By.id("create:createKey"));
            browser.waitForText("The key was created.");
            By row = By.xpath("//tbody//tr[td[contains(normalize-space(), '" + name + "')]]");
            By revoke = By.xpath("//tbody//tr[td[contains(normalize-space(), '" + name + "')]]//button");
            By dialog = By.cssSelector(".ui-confirm-dialog");

            browser.click(revoke);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(dialog));
            assertThat(browser.driver().findElement(dialog).getText())
                    .contains("Revoke this key? Systems using it can no longer send responses.");
            browser.click(By.cssSelector(".ui-confirmdialog-no"));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(dialog));
            browser.go("survey/api-keys");
            assertThat(browser.driver().findElement(row).getText())
                    .as("No keeps the key")
                    .contains("Active")
                    .doesNotContain("Revoked");

            browser.click(revoke);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(dialog));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(name + " was revoked.");
            assertThat(browser.driver().findElement(row).getText()).contains("Revoked");
        }
    }

    /**
     * A person who got their password wrong five times is told when they may try again, on a 24-hour clock in the
     * organisation's time zone; an administrator lets them in at once from their page, and the audit log says so.
     */
    @Test
    void anAdministratorLiftsALockOutThatSaidWhenItEndsInHelsinkiTime() {
        String id = UUID.randomUUID().toString().substring(0, 6);
        String username = "locked." + id;
        String password = "a-long-enough-password";
        try (Browser admin = Browser.open(base, "en");
                Browser person = Browser.open(base, "en")) {
            admin.signIn("admin.demo", "kohtaamo-demo");
            admin.go("organisation/person");
            admin.type(By.id("person:firstName"), "Lukittu");
            admin.type(By.id("person:lastName"), "Lukkonen" + id);
            admin.type(By.id("person:username"), username);
            admin.type(By.id("person:email"), username + "@pohjolanpalvelu.example");
            new Select(admin.driver().findElement(By.id("person:unit"))).selectByIndex(2);
            admin.type(By.id("person:newPassword"), password);
            admin.click(By.id("person:save"));
            admin.waitForText("was saved.");

            for (int attempt = 1; attempt <= 5; attempt++) {
                person.signIn(username, "wrong " + attempt);
            }
            ZonedDateTime ends = ZonedDateTime.now(ZoneId.of("Europe/Helsinki")).plusMinutes(15);
            Matcher shown = Pattern.compile("try again after (\\S+)\\.").matcher(person.text());
            assertThat(shown.find()).as(person.text()).isTrue();
            DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
            assertThat(shown.group(1))
                    .isIn(
                            ends.minusMinutes(1).format(clock),
                            ends.format(clock),
                            ends.plusMinutes(1).format(clock));
            person.signIn(username, password);
            assertThat(person.text()).as("locked even with the right password").contains("Too many failed sign-ins");

            admin.filterColumn("Username", username);
            admin.waitingForTable(username + "@");
            admin.click(By.linkText("Lukkonen" + id));
            assertThat(admin.driver().findElement(By.id("locked-help")).getText())
                    .contains(shown.group(1));
            admin.click(By.id("lockOut:unlock"));
            admin.waitForText("Lukittu Lukkonen" + id + " can sign in again.");
            assertThat(admin.driver().findElements(By.id("lockOut:unlock"))).isEmpty();

            person.signIn(username, password);
            assertThat(person.path()).startsWith("home/employee");

            admin.go("audit/log");
            assertThat(admin.text()).contains("Lock-out lifted");
        }
    }
}
