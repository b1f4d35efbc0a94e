package fi.kohtaamo.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.security.SignInThrottle;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's home page over real HTTP: a person locked out after too many failed sign-ins is listed, and
 * the administrator's unlock lets them sign in again at once.
 */
@ExtendWith(ArquillianExtension.class)
class AdminHomeIT {

    @ArquillianResource
    URL base;

    @Inject
    TestOrganisation made;

    @Test
    void theAdministratorUnlocksALockedAccountAndThePersonSignsInAgain() {
        Unit unit = made.unit();
        Person admin = made.person(unit, Set.of(), Role.ADMIN);
        Person locked = made.person(unit, Set.of(), Role.EMPLOYEE);
        WebClient person = WebClient.anonymous(base);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            person.trySignIn(locked.getUsername(), "not the password");
        }
        assertThat(person.trySignIn(locked.getUsername(), TestOrganisation.PASSWORD)
                        .statusCode())
                .as("locked out")
                .isEqualTo(200);

        WebClient adminSession = WebClient.signedIn(base, admin.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en");
        Document home = adminSession.page("home/admin");
        Element entry = home.select("#locked li").stream()
                .filter(li -> li.text().contains(locked.getUsername()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no locked account " + locked.getUsername()));
        HttpResponse<String> unlocked = adminSession.submit(
                home, "locked", Map.of(), entry.selectFirst("button").id());

        assertThat(unlocked.statusCode() / 100).isEqualTo(3);
        Document after = WebClient.parse(adminSession.follow(unlocked));
        assertThat(after.text()).contains(locked.getFullName() + " can sign in again.");
        assertThat(after.select("#locked li").text()).doesNotContain(locked.getUsername());
        assertThat(WebClient.anonymous(base)
                                .trySignIn(locked.getUsername(), TestOrganisation.PASSWORD)
                                .statusCode()
                        / 100)
                .as("signed in")
                .isEqualTo(3);
    }
}
