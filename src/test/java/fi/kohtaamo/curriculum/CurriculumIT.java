package fi.kohtaamo.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.content.control.ContentFiles;
import fi.kohtaamo.content.control.ContentParser;
import fi.kohtaamo.content.entity.Catalogue;
import fi.kohtaamo.curriculum.control.CurriculumVersions;
import fi.kohtaamo.learning.control.ContentSync;
import fi.kohtaamo.learning.control.Progresses;
import fi.kohtaamo.learning.control.Redos;
import fi.kohtaamo.learning.entity.Progress;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.control.GuideSync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HR's content page in a running Kohtaamo: versions of a module and a guide synchronised from test content of their
 * own, what changed between them in words, who completed which version, the redo request (only completers of an
 * earlier major version; audited; mailed) and who may open the page.
 */
@ExtendWith(ArquillianExtension.class)
class CurriculumIT {

    private static final String SOURCE = "modules/phone-chat-and-email/";
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @ArquillianResource
    URL base;

    @Inject
    ContentSync contentSync;

    @Inject
    GuideSync guideSync;

    @Inject
    CurriculumVersions versions;

    @Inject
    Redos redos;

    @Inject
    Progresses progresses;

    @Inject
    TestOrganisation made;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void retireTestContent() {
        Catalogue shipped = ContentParser.parse(ContentFiles.packaged()).catalogue();
        contentSync.sync(shipped);
        guideSync.sync(shipped.guides());
    }

    /** The packaged content with a copy of phone-chat-and-email as module {@code id}. */
    private static Map<String, String> withModule(String id) {
        Map<String, String> files = new HashMap<>(ContentFiles.packaged());
        Map<String, String> copy = new HashMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(SOURCE)) {
                copy.put(path.replace(SOURCE, "modules/" + id + "/"), text);
            }
        });
        copy.computeIfPresent(
                "modules/" + id + "/module.json", (p, t) -> t.replace("\"phone-chat-and-email\"", "\"" + id + "\""));
        files.putAll(copy);
        return files;
    }

    /**
     * The second version: major 2.0, a new first lesson in every language, the old fourth lesson gone, and a paragraph
     * more in the English second lesson (third now).
     */
    private static Map<String, String> secondVersion(String id, Map<String, String> first) {
        Map<String, String> files = new HashMap<>(first);
        String dir = "modules/" + id + "/";
        files.computeIfPresent(
                dir + "module.json", (p, t) -> t.replace("\"version\": \"1.0\"", "\"version\": \"2.0\""));
        Map<String, String> titles = Map.of(
                "fi",
                "# Kanavat yhdellä silmäyksellä",
                "sv",
                "# Kanalerna i en överblick",
                "en",
                "# The channels at a glance");
        for (String language : LANGUAGES) {
            String lang = dir + language + "/";
            String fourth = first.get(lang + "04-lesson.md");
            String body = fourth.substring(fourth.indexOf('\n'));
            files.put(lang + "01-lesson.md", titles.get(language) + body);
            files.put(lang + "02-lesson.md", first.get(lang + "01-lesson.md"));
            files.put(lang + "03-lesson.md", first.get(lang + "02-lesson.md"));
            files.put(lang + "04-lesson.md", first.get(lang + "03-lesson.md"));
        }
        files.computeIfPresent(
                dir + "en/03-lesson.md", (p, t) -> t.strip() + "\n\nRead the message once more before you send it.\n");
        return files;
    }

    private void sync(Map<String, String> files) {
        ContentParser.Result result = ContentParser.parse(files);
        assertThat(result.problems()).isEmpty();
        contentSync.sync(result.catalogue());
        guideSync.sync(result.catalogue().guides());
    }

    private static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void thePageSaysWhichStepsWereAddedRemovedAndChangedBetweenTwoModuleVersions() {
        String id = id("it-content-");
        Map<String, String> first = withModule(id);
        sync(first);
        sync(secondVersion(id, first));
        List<String> expected = List.of(
                "Step 3 “Tone in a written message” changed: one paragraph added",
                "Step 4 removed: “Chat, email and closing the case”",
                "Step 1 added: “The channels at a glance”");

        assertThat(versions.moduleDiff(id, 1, 2, "en", Locale.ENGLISH)).isEqualTo(expected);
        assertThat(versions.moduleDiff(id, 1, 2, "fi", Locale.forLanguageTag("fi")))
                .containsExactly(
                        "Vaihe 4 poistettu: “Chat, sähköposti ja asian sulkeminen”",
                        "Vaihe 1 lisätty: “Kanavat yhdellä silmäyksellä”");

        Person hr = made.person(made.unit(), Set.of(), Role.HR);
        WebClient client = WebClient.signedIn(base, hr.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en");
        Document page = client.page("curriculum/content?module=" + id);
        assertThat(page.select("#changes li").eachText()).isEqualTo(expected);
        assertThat(page.select("#versions tbody tr").eachText())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("2 2.0 2 0");

        Document list = client.page("curriculum/content?q=Service%20by%20phone");
        assertThat(list.select("#list\\:items a").eachText()).contains("Service by phone, chat and email");
        assertThat(client.page("curriculum/content?q=nothing-is-called-this").text())
                .contains("No module or workshop guide matches this search.");
    }

    @Test
    void aGuideKeepsItsVersionsAndThePageSaysWhatChangedInItsAgenda() {
        String id = id("it-guide-");
        Map<String, String> files = new HashMap<>(ContentFiles.packaged());
        String source = "workshops/busy-days/";
        new HashMap<>(files).forEach((path, text) -> {
            if (path.startsWith(source)) {
                files.put(path.replace(source, "workshops/" + id + "/"), text);
            }
        });
        files.computeIfPresent(
                "workshops/" + id + "/guide.json", (p, t) -> t.replace("\"busy-days\"", "\"" + id + "\""));
        sync(files);
        files.computeIfPresent(
                "workshops/" + id + "/en.json",
                (p, t) -> t.replace(
                        "\"Which peaks do our own arrangements create?\"",
                        "\"Which peaks do our own arrangements create?\", \"Which peak could we move?\""));
        sync(files);

        assertThat(versions.guideDiff(id, 1, 2, "en", Locale.ENGLISH))
                .containsExactly("Step 2 “The peak map” changed: one discussion question added");
        Person admin = made.person(made.unit(), Set.of(), Role.ADMIN);
        Document page = WebClient.signedIn(base, admin.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en")
                .page("curriculum/content?guide=" + id);
        assertThat(page.select("#changes li").eachText())
                .containsExactly("Step 2 “The peak map” changed: one discussion question added");
        assertThat(page.select("#versions tbody tr")).hasSize(2);
    }

    @Test
    void onlyCompletersOfAnEarlierMajorVersionAreAskedToRedoAndTheRequestIsAudited() {
        String id = id("it-redo-");
        Unit unit = made.unit();
        Person oldMajor = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person unfinished = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person newMajor = made.person(unit, Set.of(), Role.EMPLOYEE);
        Person hr = made.person(made.unit(), Set.of(), Role.HR);
        Map<String, String> first = withModule(id);
        sync(first);
        Progress oldCompletion =
                progresses.complete(progresses.start(oldMajor, id).getId(), 7);
        progresses.start(unfinished, id);
        Map<String, String> second = secondVersion(id, first);
        sync(second);
        progresses.complete(progresses.start(newMajor, id).getId(), 7);
        Map<String, String> third = new HashMap<>(second);
        third.computeIfPresent(
                "modules/" + id + "/module.json", (p, t) -> t.replace("\"version\": \"2.0\"", "\"version\": \"2.1\""));
        third.computeIfPresent("modules/" + id + "/en/02-lesson.md", (p, t) -> t.strip() + "\n\nOne more thought.\n");
        sync(third);

        assertThat(redos.olderMajor(id)).extracting(s -> s.person().getId()).containsExactly(oldMajor.getId());
        Person supervisor = made.person(unit, Set.of(unit), Role.EMPLOYEE, Role.SUPERVISOR);
        assertThatThrownBy(() -> redos.ask(supervisor, id)).isInstanceOf(AccessDenied.class);

        WebClient client = WebClient.signedIn(base, hr.getUsername(), TestOrganisation.PASSWORD)
                .inLanguage("en");
        Document page = client.page("curriculum/content?module=" + id);
        assertThat(page.select("#redo-count").text())
                .isEqualTo("One person completed a major version earlier than 2.1.");
        assertThat(page.select("#people\\:learners tbody tr").eachText())
                .hasSize(3)
                .anySatisfy(row -> assertThat(row).contains(oldMajor.getLastName(), "1.0 (1)", "Completed"))
                .anySatisfy(row -> assertThat(row).contains(unfinished.getLastName(), "1.0 (1)", "In progress"))
                .anySatisfy(row -> assertThat(row).contains(newMajor.getLastName(), "2.0 (2)", "Completed"));
        Document confirm = WebClient.parse(client.submit(page, "redo", Map.of(), "ask"));
        assertThat(confirm.select("#redo-confirm").text())
                .isEqualTo("One person gets the module back on their list, from the first step of version 2.1, and a"
                        + " mail. Earlier completions stay in their history and in the insight figures. Ask them to"
                        + " redo the module?");
        HttpResponse<String> done = client.follow(client.submit(confirm, "redo", Map.of(), "confirm"));
        Document after = WebClient.parse(done);
        assertThat(after.text()).contains("One person was asked to redo the module.");
        assertThat(after.select("#redo-count").text())
                .isEqualTo("Nobody who counts for this module completed a major version earlier than 2.1.");

        Progress redo = progresses.latest(oldMajor.getId(), id).orElseThrow();
        assertThat(redo.getRedoOf()).isEqualTo(oldCompletion.getId());
        assertThat(redo.isCompleted()).isFalse();
        assertThat(redo.getModuleVersion().getLabel()).isEqualTo("2.1");
        assertThat(em.find(Progress.class, oldCompletion.getId()).isCompleted())
                .as("the earlier completion stays as history")
                .isTrue();
        assertThat(progresses.latest(newMajor.getId(), id).orElseThrow().getRedoOf())
                .isNull();
        assertThat(progresses.latest(unfinished.getId(), id).orElseThrow().getRedoOf())
                .isNull();
        List<?> audit = em.createNativeQuery("select actor_username, detail from audit_event"
                        + " where action = 'MODULE_REDO_ASKED' and target_id = ?")
                .setParameter(1, id)
                .getResultList();
        assertThat(audit).hasSize(1);
        Object[] event = (Object[]) audit.get(0);
        assertThat(event[0]).isEqualTo(hr.getUsername());
        assertThat(event[1]).isEqualTo("version 2.1 (3): 1 people asked");
        List<?> mail = em.createNativeQuery("select subject from outbox_mail where recipient = ?")
                .setParameter(1, oldMajor.getEmail())
                .getResultList();
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).toString()).startsWith("Suorita tämä moduuli uudelleen: ");
        assertThat(em.createNativeQuery("select count(*) from outbox_mail where recipient = ?")
                        .setParameter(1, newMajor.getEmail())
                        .getSingleResult()
                        .toString())
                .isEqualTo("0");
    }

    @Test
    void supervisorsAndEmployeesAreRefusedThePage() {
        Unit unit = made.unit();
        Person supervisor = made.person(unit, Set.of(unit), Role.EMPLOYEE, Role.SUPERVISOR);
        Person employee = made.person(unit, Set.of(), Role.EMPLOYEE);
        for (Person person : List.of(supervisor, employee)) {
            WebClient client = WebClient.signedIn(base, person.getUsername(), TestOrganisation.PASSWORD);
            assertThat(client.get("curriculum/content").statusCode()).isEqualTo(403);
            assertThat(client.get("curriculum/content?module=no-bouncing").statusCode())
                    .isEqualTo(403);
        }
        Person hr = made.person(unit, Set.of(), Role.HR);
        Document page = WebClient.signedIn(base, hr.getUsername(), TestOrganisation.PASSWORD)
                .page("curriculum/content");
        Element link = page.selectFirst("#nav-content");
        assertThat(link).isNotNull();
        assertThat(WebClient.signedIn(base, hr.getUsername(), TestOrganisation.PASSWORD)
                        .get("curriculum/content?module=no-such-module")
                        .statusCode())
                .isEqualTo(404);
    }
}
