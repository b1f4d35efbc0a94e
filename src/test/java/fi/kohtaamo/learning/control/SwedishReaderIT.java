package fi.kohtaamo.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.content.SwedishModule;
import fi.kohtaamo.content.control.ContentParser;
import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.entity.Catalogue;
import fi.kohtaamo.content.entity.ModuleContent;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Swedish-speaking person of the demo (staff of Palvelupiste Vaasa – Servicepunkt Vasa prefer Swedish) who has not
 * completed the curriculum module it opens (Vaasa has trained since a few months, so some have) gets Kohtaamo
 * in Swedish without choosing it: their home page through their preferred language when their browser asks for no
 * language Kohtaamo has (German), and, with a Finland-Swedish browser, a module written in Swedish (the three-language
 * test module) with its Swedish title and steps, and a module of the curriculum in Swedish (a module without Swedish
 * steps is shown in English: {@code SwedishContentTest}). The test module is retired again at the end. Plain JPQL and page language only, so the second database pass skips it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("no-database-code")
class SwedishReaderIT {

    /** What a browser set up in Finland-Swedish asks for. */
    private static final String SWEDISH = "sv-FI, sv;q=0.9, fi;q=0.8, en;q=0.5";

    @ArquillianResource
    URL base;

    @Inject
    ContentSync contentSync;

    @Inject
    Curriculum curriculum;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    @Test
    void aSwedishSpeakingDemoPersonGetsTheirHomeAndAModuleInSwedish() {
        List<Long> completed = em.createQuery(
                        "select g.personId from Progress g where g.moduleId = 'no-bouncing' and g.completedAt is not null",
                        Long.class)
                .getResultList();
        Person swedish = em
                .createQuery(
                        "select p from Person p where p.preferredLanguage = 'sv' and p.active = true"
                                + " and p.unit.code = 'VAASA-PP' order by p.username",
                        Person.class)
                .getResultList()
                .stream()
                .filter(p -> !completed.contains(p.getId()))
                .findFirst()
                .orElseThrow();
        people.changePassword(swedish.getId(), TestOrganisation.PASSWORD);
        String moduleId = "swedish-it-" + UUID.randomUUID().toString().substring(0, 8);
        ContentParser.Result fixture = ContentParser.parse(SwedishModule.files(moduleId));
        assertThat(fixture.problems()).isEmpty();
        Catalogue shipped = curriculum.catalogue();
        Map<String, ModuleContent> modules = new HashMap<>(shipped.modules());
        modules.putAll(fixture.catalogue().modules());
        contentSync.sync(new Catalogue(modules, shipped.tracks(), shipped.guides()));
        try {
            WebClient client = WebClient.signedIn(base, swedish.getUsername(), TestOrganisation.PASSWORD);

            Document home = WebClient.parse(client.get("home/employee", Map.of("Accept-Language", "de-DE, de;q=0.9")));
            assertThat(home.selectFirst("html").attr("lang")).isEqualTo("sv");
            assertThat(home.selectFirst("h1").text()).isEqualTo("Min startsida");
            assertThat(home.getElementById("lang-sv").attr("aria-current")).isEqualTo("true");

            Document module =
                    WebClient.parse(client.get("learning/module?id=" + moduleId, Map.of("Accept-Language", SWEDISH)));
            assertThat(module.selectFirst("h1").text()).isEqualTo(SwedishModule.SWEDISH_TITLE);
            assertThat(module.getElementById("step-title").text()).isEqualTo(SwedishModule.SWEDISH_LESSON);
            assertThat(module.getElementById("step-title").attr("lang")).isEqualTo("sv");
            assertThat(module.getElementById("step-indicator").text()).isEqualTo("Steg 1 / 4");

            Document shippedModule =
                    WebClient.parse(client.get("learning/module?id=no-bouncing", Map.of("Accept-Language", SWEDISH)));
            assertThat(shippedModule.selectFirst("h1").text())
                    .as("the curriculum is written in Swedish")
                    .isEqualTo("Inget bollande");
            assertThat(shippedModule.getElementById("step-title").attr("lang"))
                    .as("whichever step the demo person has reached")
                    .isEqualTo("sv");
        } finally {
            contentSync.sync(shipped);
        }
    }
}
