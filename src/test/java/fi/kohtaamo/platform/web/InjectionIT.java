package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.Browser;
import fi.kohtaamo.WebClient;
import fi.kohtaamo.platform.config.OrganisationZone;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * Script, markup and expression-language payloads typed into every text people enter (a person's name by an
 * administrator, a workshop's place, notes and a commitment by a supervisor, a reflection by an employee, customer
 * comments through the open survey page, the API and a CSV import, an API key's name) are stored and shown as plain
 * text: the pages showing them, opened in a real browser, open no dialog, gain no element or handler, and show
 * {@code #{7*7}} as written, never {@code 49}. Filters and ids in addresses with SQL in them answer normally or with a
 * clear 404, never a server error, and the database is intact afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InjectionIT {

    private static final String PASSWORD = "kohtaamo-demo";

    /** Every payload at once, for the fields long enough to hold them. */
    private static final String CORPUS = String.join(
            " ",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "#{facesContext.externalContext.sessionMap}",
            "${7*7}",
            "#{7*7}",
            "<svg onload=alert(1)>",
            "javascript:alert(1)",
            "'; drop table person; --");

    /** Counts, in the page, what any of the payloads would have added had it been taken as markup. */
    private static final String INJECTED_ELEMENTS = """
            let found = [];
            for (const script of document.querySelectorAll('script')) {
                if (script.textContent.trim() === 'alert(1)') found.push('script');
            }
            for (const element of document.querySelectorAll('*')) {
                for (const attribute of element.attributes) {
                    const name = attribute.name.toLowerCase();
                    const value = attribute.value.toLowerCase();
                    if (name.startsWith('on') && value.includes('alert(1)')) found.push(element.tagName + '@' + name);
                    if ((name === 'href' || name === 'src') && value.trim().startsWith('javascript:'))
                        found.push(element.tagName + '@' + name);
                }
            }
            return found.join(', ');
            """;

    @ArquillianResource
    URL base;

    @Test
    void payloadsEnteredEverywhereAreShownAsPlainText() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String corpus = CORPUS + " " + mark;

        // The open survey page, answered below (the build lets the tests answer it at once).
        WebClient customer = WebClient.anonymous(base);
        Document survey = customer.page("survey/respond?unit=HKI-KAMPPI&lang=en");

        // An administrator: a person whose names carry payloads, and an API key named with one.
        WebClient admin = WebClient.signedIn(base, "admin.demo", PASSWORD);
        Document personForm = admin.page("organisation/person");
        String kamppi = option(personForm, "person:unit", "(HKI-KAMPPI)");
        String firstName = "<script>alert(1)</script><svg onload=alert(1)>";
        String lastName = "\"><img src=x onerror=alert(1)>#{7*7}${7*7}" + mark;
        HttpResponse<String> saved = admin.submit(
                personForm,
                "person",
                Map.of(
                        "firstName",
                        firstName,
                        "lastName",
                        lastName,
                        "username",
                        "inj" + mark,
                        "email",
                        "inj" + mark + "@pohjolanpalvelu.example",
                        "unit",
                        kamppi,
                        "newPassword",
                        "injection-" + mark),
                "save");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        Document keys = admin.page("survey/api-keys");
        Element kamppiBox = keys.select("#create label:contains((HKI-KAMPPI))").first();
        String apiKeyName = "'; drop table person; -- \" onmouseover=\"alert(1) #{7*7} " + mark;
        Document created = WebClient.parse(admin.follow(admin.submit(
                keys,
                "create",
                Map.of(
                        "name",
                        apiKeyName,
                        "units",
                        keys.getElementById(kamppiBox.attr("for")).attr("value")),
                "createKey")));
        String secret = created.select("code.secret").text();
        assertThat(secret).isNotBlank();

        // The API: a customer comment.
        HttpResponse<String> api = customer.send(HttpRequest.newBuilder(customer.resolve("api/v1/responses"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + secret)
                .POST(HttpRequest.BodyPublishers.ofString("{\"unit\":\"HKI-KAMPPI\",\"answeredAt\":\""
                        + LocalDateTime.now(OrganisationZone.ZONE).minusHours(1).withNano(0)
                        + "\",\"nps\":3,\"comment\":"
                        + json("API " + corpus)
                        + ",\"externalId\":\"inj-" + mark + "\"}")));
        assertThat(api.statusCode()).as(api.body()).isEqualTo(201);

        // A supervisor: a session whose place carries payloads; a javascript: link is refused.
        WebClient supervisor = WebClient.signedIn(base, "supervisor.demo", PASSWORD);
        Document sessionForm = supervisor.page("workshop/session-edit");
        Map<String, String> session = new LinkedHashMap<>(Map.of(
                "guide",
                sessionForm.select("#session\\:guide option").get(1).attr("value"),
                "date",
                LocalDate.now(OrganisationZone.ZONE)
                        .plusDays(200 + (mark.hashCode() & 0xff))
                        .toString(),
                "time",
                "07:15",
                "minutes",
                "60",
                "place",
                "Place " + corpus.substring(0, Math.min(corpus.length(), 280 - mark.length())),
                "onlineLink",
                "javascript:alert(1)"));
        HttpResponse<String> refused = supervisor.submit(sessionForm, "session", session, "save");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(WebClient.parse(refused).select(".field-error").text()).contains("https://");

        session.put("onlineLink", "https://meet.example.com/" + mark);
        HttpResponse<String> scheduled = supervisor.submit(WebClient.parse(refused), "session", session, "save");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
        String sessionAddress =
                scheduled.headers().firstValue("Location").orElseThrow().replaceFirst(".*/(workshop/session\\?)", "$1");
        String sessionId = sessionAddress.replaceFirst(".*id=(\\d+).*", "$1");

        Document sessionPage = supervisor.page("workshop/session?id=" + sessionId);
        HttpResponse<String> committed = supervisor.submit(
                sessionPage,
                "commitments",
                Map.of(
                        "what",
                        "Commitment " + corpus,
                        "owner",
                        option(sessionPage, "commitments:owner", "Eetu Laaksonen"),
                        "factor",
                        "COMMUNICATION"),
                "addCommitment");
        assertThat(committed.statusCode()).isEqualTo(200);
        assertThat(WebClient.parse(committed).text()).contains("Commitment <script>alert(1)</script>");

        Document facilitate = supervisor.page("workshop/facilitate?id=" + sessionId);
        HttpResponse<String> noted =
                supervisor.submit(facilitate, "facilitate", Map.of("notes", "Notes " + corpus), "saveNotes");
        assertThat(noted.statusCode()).isEqualTo(200);

        // An employee: a reflection in a module.
        WebClient employee = WebClient.signedIn(base, "employee.demo", PASSWORD);
        String reflectionStep = reflectionStep(employee);
        Document reflectionPage = employee.page(reflectionStep);
        HttpResponse<String> reflected = employee.submit(
                reflectionPage,
                "player",
                Map.of("reflection", "Reflection " + corpus),
                reflectionPage.getElementById("player:back") != null ? "back" : "next");
        assertThat(reflected.statusCode()).isIn(200, 302);

        // The customer sends the open survey.
        HttpResponse<String> answered =
                customer.submit(survey, "survey", Map.of("nps", "8", "reason", "Survey " + corpus), "send");
        assertThat(WebClient.parse(customer.follow(answered))
                        .select(".survey-errors")
                        .text())
                .isEmpty();

        // HR imports a CSV whose cells carry payloads, one of its rows rejected.
        Path csv = Files.createTempFile("injection", ".csv");
        Files.writeString(
                csv,
                String.join(
                        "\n",
                        "Yksikkö;Päivämäärä;Suositteluhalukkuus;Avoin palaute",
                        "HKI-KAMPPI;"
                                + LocalDateTime.now(OrganisationZone.ZONE)
                                        .minusHours(2)
                                        .format(DateTimeFormatter.ofPattern("d.M.yyyy H:mm"))
                                + ";9;\"CSV " + corpus.replace("\"", "\"\"") + "\"",
                        "<img src=x onerror=alert(1)>;1.1.2025;11;=HYPERLINK(\"http://evil.example\",\"x\")"),
                StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(base, "en")) {
            WebDriver driver = browser.driver();
            List<String> findings = new ArrayList<>();

            browser.signIn("hr.demo", PASSWORD);
            JavascriptExecutor script = (JavascriptExecutor) driver;
            script.executeScript("document.body.insertAdjacentHTML('beforeend',"
                    + " '<b id=\"probe\" onmouseover=\"alert(1)\">probe</b>')");
            List<String> selfCheck = new ArrayList<>();
            inspect(browser, "self-check", selfCheck);
            assertThat(selfCheck).as("the inspection sees an injected handler").hasSize(1);

            browser.go("survey/import");
            driver.findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(csv.toAbsolutePath().toString());
            await(browser, d -> d.getCurrentUrl().contains("id="), "the upload opens its mapping");
            browser.click(By.id("mapping:check"));
            await(
                    browser,
                    d -> browser.text().contains("with problems")
                            || !d.findElements(By.cssSelector(".ui-messages-error, .field-error"))
                                    .isEmpty(),
                    "the check ends");
            assertThat(browser.text()).contains("2 rows: 1 valid, 1 with problems.");
            inspect(browser, "the import's problems", findings);
            browser.click(By.id("decide:importValid"));
            await(browser, d -> browser.text().contains("1 responses added"), "the import ends");
            browser.signOut();

            browser.signIn("supervisor.demo", PASSWORD);
            browser.go(sessionAddress);
            inspect(browser, "the session", findings);
            assertThat(browser.text()).contains("Commitment " + CORPUS, "Place <script>", firstName + " " + lastName);
            browser.go("workshop/facilitate?id=" + sessionId);
            inspect(browser, "facilitator mode", findings);
            assertThat(driver.findElement(By.id("facilitate:notes")).getAttribute("value"))
                    .isEqualTo("Notes " + corpus);
            browser.go("survey/results");
            inspect(browser, "customer results", findings);
            assertThat(driver.findElement(By.id("comments")).getText())
                    .contains("API " + CORPUS, "Survey " + CORPUS, "CSV " + CORPUS);
            browser.go("organisation/team?unit=" + kamppi);
            inspect(browser, "the team", findings);
            assertThat(browser.text()).contains(lastName);
            browser.go("insight/unit?unit=" + kamppi);
            inspect(browser, "the insight unit page", findings);
            browser.signOut();

            browser.signIn("employee.demo", PASSWORD);
            inspect(browser, "the employee's home", findings);
            assertThat(browser.text()).contains("Commitment " + CORPUS);
            browser.go(reflectionStep);
            inspect(browser, "the reflection", findings);
            assertThat(driver.findElement(By.id("player:reflection")).getAttribute("value"))
                    .isEqualTo("Reflection " + corpus);
            browser.signOut();

            browser.signIn("admin.demo", PASSWORD);
            browser.go("survey/api-keys");
            inspect(browser, "API keys", findings);
            assertThat(browser.text()).contains(apiKeyName);
            browser.go("organisation/people");
            browser.filterColumn("Last name", lastName.substring(0, 12));
            browser.waitingForTable(mark);
            inspect(browser, "people, filtered by a payload", findings);
            browser.filterColumn("Last name", "'; drop table person; --");
            browser.waiting()
                    .until(d -> !d.findElement(By.cssSelector(".ui-datatable-data"))
                            .getText()
                            .contains(mark));
            inspect(browser, "people, filtered by SQL", findings);

            assertThat(findings).as("payloads that ran or became markup").isEmpty();
        }
    }

    /** A form on a page, as one person fills it in correctly; the walk then makes one text field too long at a time. */
    private record Form(WebClient who, String page, String formId, String button, Map<String, String> valid) {

        /**
         * The page with the form open; {@code organisation/units} opens its dialog with "Add a top-level unit" first,
         * as the page's button does.
         */
        Document open() {
            if (page.equals("organisation/units")) {
                return WebClient.parse(who.submit(who.page(page), "tree", Map.of(), "addTop"));
            }
            return who.page(page);
        }
    }

    /** The text fields a person types into: every one must say how long it may be, and the server must hold to it. */
    private static final String TEXT_FIELDS = "input:not([type]), input[type=text], input[type=email], input[type=url],"
            + " input[type=search], input[type=password], textarea";

    /**
     * Every text field of the forms people fill in (people, units, API keys, the audit log's filters, scheduling, commitments,
     * facilitator's notes, reflections, module feedback, password change, a pulse round's title, the pulse answer's
     * comment in a round HR opens for it on the rounds page, the public survey's reason) gets one character more than
     * its {@code maxlength}, one field at a time: the server refuses it with a message on that field that names the
     * limit, and nothing is saved (the form would have redirected). Not walked here: the sign-in page and the import
     * mapping (SurveyImportJourneyIT).
     */
    @Test
    void overLongTextInEveryFormFieldIsRefusedWithAMessageOnThatField() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        WebClient admin = WebClient.signedIn(base, "admin.demo", PASSWORD);
        Document personForm = admin.page("organisation/person");
        String kamppi = option(personForm, "person:unit", "(HKI-KAMPPI)");
        String password = "pituus-" + mark + "-salasana";
        Map<String, String> person = Map.of(
                "firstName",
                "Pituus",
                "lastName",
                "Testi" + mark,
                "username",
                "len" + mark,
                "email",
                "len" + mark + "@pohjolanpalvelu.example",
                "unit",
                kamppi,
                "newPassword",
                password);
        Document keys = admin.page("survey/api-keys");
        Element kamppiBox = keys.select("#create label:contains((HKI-KAMPPI))").first();
        String kamppiKey = keys.getElementById(kamppiBox.attr("for")).attr("value");

        WebClient supervisor = WebClient.signedIn(base, "supervisor.demo", PASSWORD);
        Document sessionForm = supervisor.page("workshop/session-edit");
        Map<String, String> session = Map.of(
                "guide",
                sessionForm.select("#session\\:guide option").get(1).attr("value"),
                "date",
                LocalDate.now(OrganisationZone.ZONE)
                        .plusDays(300 + (mark.hashCode() & 0xff))
                        .toString(),
                "time",
                "06:45",
                "minutes",
                "60",
                "place",
                "Taukotila",
                "onlineLink",
                "https://meet.example.com/" + mark);
        String sessionId = supervisor.page("workshop/sessions").select("a[href*=session?id=]").stream()
                .map(a -> a.attr("href").replaceFirst(".*[?&]id=(\\d+).*", "$1"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("supervisor.demo has no workshop session"));
        Document sessionPage = supervisor.page("workshop/session?id=" + sessionId);

        WebClient employee = WebClient.signedIn(base, "employee.demo", PASSWORD);
        String reflectionStep = reflectionStep(employee);
        Document reflectionPage = employee.page(reflectionStep);
        String reflectionButton = reflectionPage.getElementById("player:back") != null ? "back" : "next";

        List<Form> forms = new ArrayList<>(List.of(
                new Form(
                        admin,
                        "organisation/person",
                        "person",
                        "save",
                        Map.of(
                                "firstName",
                                "Pituus",
                                "lastName",
                                "Toinen" + mark,
                                "username",
                                "lenb" + mark,
                                "email",
                                "lenb" + mark + "@pohjolanpalvelu.example",
                                "unit",
                                kamppi,
                                "newPassword",
                                password)),
                new Form(
                        admin,
                        "survey/api-keys",
                        "create",
                        "createKey",
                        Map.of("name", "Key " + mark, "units", kamppiKey)),
                new Form(
                        admin,
                        "organisation/units",
                        "unitDialogForm",
                        "saveUnit",
                        Map.of("name", "Pituusyksikkö " + mark, "code", "LEN-" + mark)),
                new Form(admin, "audit/log", "filters", "show", Map.of()),
                new Form(supervisor, "workshop/session-edit", "session", "save", session),
                new Form(
                        supervisor,
                        "workshop/session?id=" + sessionId,
                        "commitments",
                        "addCommitment",
                        Map.of("what", "Sitoumus " + mark, "factor", "COMMUNICATION")),
                new Form(supervisor, "workshop/facilitate?id=" + sessionId, "facilitate", "saveNotes", Map.of()),
                new Form(employee, reflectionStep, "player", reflectionButton, Map.of())));
        String ratingPage = pageWith(employee, "player:ratingComment");
        forms.add(new Form(employee, ratingPage, "player", "rate", Map.of("rating", "4")));
        forms.add(
                new Form(WebClient.signedIn(base, "hr.demo", PASSWORD), "pulse/rounds", "open", "openRound", Map.of()));
        forms.add(new Form(
                WebClient.anonymous(base), "survey/respond?unit=HKI-KAMPPI", "survey", "send", Map.of("nps", "9")));

        // The person made above changes their password, so that a check that let a long one through harms no one.
        HttpResponse<String> created = admin.submit(personForm, "person", person, "save");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        WebClient newcomer = WebClient.signedIn(base, "len" + mark, password);
        forms.add(new Form(
                newcomer,
                "password",
                "password",
                "change",
                Map.of("current", password, "newPassword", password + "-uusi", "repeat", password + "-uusi")));
        assertThat(sessionPage.getElementById("commitments:what")).isNotNull();

        // HR opens a round for the newcomer's unit on the rounds page, so that the newcomer has a pulse to answer.
        WebClient hr = WebClient.signedIn(base, "hr.demo", PASSWORD).inLanguage("en");
        Document rounds = hr.page("pulse/rounds");
        String roundTitle = "Pituuskierros " + mark;
        Element kamppiRound =
                rounds.select("#open label:contains(Palvelupiste Kamppi)").first();
        HttpResponse<String> opened = hr.submit(
                rounds,
                "open",
                Map.of(
                        "title",
                        roundTitle,
                        "units",
                        rounds.getElementById(kamppiRound.attr("for")).attr("value")),
                "openRound");
        assertThat(opened.body()).contains("The round is open.", roundTitle);
        forms.add(new Form(newcomer, "pulse/answer", "pulse", "send", Map.of("enps", "9")));

        List<String> wrong = new ArrayList<>();
        int fields = 0;
        for (Form form : forms) {
            Document page = form.open();
            Element element = page.getElementById(form.formId());
            assertThat(element).as(form.page() + " has form " + form.formId()).isNotNull();
            int before = fields;
            for (Element field : element.select(TEXT_FIELDS)) {
                if (field.attr("type").equals("hidden")
                        || field.attr("tabindex").equals("-1")) {
                    continue;
                }
                String id = field.id();
                String name = id.substring(form.formId().length() + 1);
                fields++;
                if (!field.attr("maxlength").matches("\\d+")) {
                    wrong.add(form.page() + " " + id + ": no maxlength");
                    continue;
                }
                int max = Integer.parseInt(field.attr("maxlength"));
                Map<String, String> values = new LinkedHashMap<>(form.valid());
                values.put(name, "x".repeat(max + 1));
                HttpResponse<String> answer = form.who().submit(form.open(), form.formId(), values, form.button());
                if (answer.statusCode() != 200) {
                    wrong.add(form.page() + " " + id + ": answered " + answer.statusCode());
                    continue;
                }
                Element shown = WebClient.parse(answer).getElementById(id);
                String message = shown == null
                        ? ""
                        : shown.parent().select(".field-error").text();
                if (message.isBlank()) {
                    wrong.add(form.page() + " " + id + ": no message on the field");
                } else if (!message.contains(String.valueOf(max)) && !id.endsWith("email")) {
                    wrong.add(form.page() + " " + id + ": the message does not say the limit " + max + ": " + message);
                }
            }
            if (fields == before) {
                wrong.add(form.page() + " " + form.formId() + ": no text field found");
            }
        }
        assertThat(newcomer.page("pulse/answer").getElementById("pulse"))
                .as("no over-long comment was taken as an answer: the round still waits for one")
                .isNotNull();
        Document afterwards = hr.page("pulse/rounds");
        Element close = afterwards.selectFirst("button[aria-label=\"Close now: " + roundTitle + "\"]");
        assertThat(close).as("the round opened above can be closed").isNotNull();
        assertThat(hr.submit(afterwards, "roundsForm", Map.of(), close.id()).body())
                .as("closed again, so the round leaves no open pulse for other tests")
                .contains("The round is closed.");
        assertThat(fields).as("text fields walked").isGreaterThanOrEqualTo(17);
        assertThat(wrong).isEmpty();
        // No password change went through: the password still signs in (signedIn fails loudly otherwise).
        WebClient.signedIn(base, "len" + mark, password);
    }

    /** The first page of a module the employee may open that has the element, walking steps as reflectionStep does. */
    private static String pageWith(WebClient employee, String elementId) {
        Document learning = employee.page("learning/my-learning");
        for (Element link : learning.select("a[href*=module?id=]")) {
            String id = link.attr("href").replaceFirst(".*[?&]id=([^&]+).*", "$1");
            for (int step = 1; step <= 30; step++) {
                String address = "learning/module?id=" + id + "&step=" + step;
                HttpResponse<String> page = employee.follow(employee.get(address));
                if (page.statusCode() != 200) {
                    break;
                }
                if (WebClient.parse(page).getElementById(elementId) != null) {
                    return address;
                }
                if (!page.uri().toString().contains("step=" + step)) {
                    break;
                }
            }
        }
        throw new AssertionError("No page with " + elementId + " reachable by employee.demo");
    }

    @Test
    void sqlInFiltersAndIdsFailsSafelyAndTheDatabaseStaysIntact() {
        String[] attacks = {"' or '1'='1", "1; drop table person; --", "1) union select 1--"};
        String[] addresses = {
            "insight/dashboard?region=%s",
            "insight/dashboard?from=%s&to=%<s&start=%<s&window=%<s",
            "insight/analyses?start=%s&window=%<s&measure=%<s",
            "insight/unit?unit=%s",
            "insight/pdf?region=%s&from=%<s",
            "survey/results?unit=%s",
            "learning/team-progress?module=%s&status=%<s",
            "learning/team-progress?unit=%s",
            "organisation/team?unit=%s",
            "workshop/session?id=%s",
            "pulse/rounds?round=%s",
            "survey/respond?unit=%s&lang=%<s"
        };
        WebClient hr = WebClient.signedIn(base, "hr.demo", PASSWORD);
        List<String> errors = new ArrayList<>();
        for (String address : addresses) {
            for (String attack : attacks) {
                String path = String.format(address, java.net.URLEncoder.encode(attack, StandardCharsets.UTF_8));
                int status = hr.get(path).statusCode();
                if (status >= 500) {
                    errors.add(path + " answered " + status);
                }
            }
        }
        assertThat(errors).isEmpty();
        assertThat(hr.page("insight/dashboard").text()).contains("Palvelupiste Kamppi");
        assertThat(WebClient.signedIn(base, "employee.demo", PASSWORD)
                        .page("home/employee")
                        .text())
                .as("people are still there")
                .contains("Eetu");
    }

    /** Finds a reflection step of a module the employee may open, following the module links of "My learning". */
    private static String reflectionStep(WebClient employee) {
        Document learning = employee.page("learning/my-learning");
        for (Element link : learning.select("a[href*=module?id=]")) {
            String id = link.attr("href").replaceFirst(".*[?&]id=([^&]+).*", "$1");
            for (int step = 1; step <= 12; step++) {
                String address = "learning/module?id=" + id + "&step=" + step;
                HttpResponse<String> page = employee.follow(employee.get(address));
                if (page.statusCode() != 200) {
                    break;
                }
                Document document = WebClient.parse(page);
                if (document.getElementById("player:reflection") != null) {
                    return address;
                }
                if (!page.uri().toString().contains("step=" + step)) {
                    break;
                }
            }
        }
        throw new AssertionError("No reflection step reachable by employee.demo");
    }

    /** Waits for the page, or fails with what the page shows instead. */
    private static void await(Browser browser, java.util.function.Function<WebDriver, Boolean> condition, String what) {
        try {
            browser.waiting().until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(what + ": the page shows " + browser.text(), e);
        }
    }

    /** Notes a dialog the page opened, or an element or handler a payload added. */
    private static void inspect(Browser browser, String where, List<String> findings) {
        WebDriver driver = browser.driver();
        try {
            String text = driver.switchTo().alert().getText();
            driver.switchTo().alert().dismiss();
            findings.add(where + ": a dialog opened (" + text + ")");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        Object injected = ((JavascriptExecutor) driver).executeScript(INJECTED_ELEMENTS);
        if (injected != null && !injected.toString().isEmpty()) {
            findings.add(where + ": " + injected);
        }
        String text = browser.text();
        if (text.contains("49 49 <svg") || text.contains("4949")) {
            findings.add(where + ": an expression was evaluated");
        }
    }

    private static String option(Document page, String selectId, String labelPart) {
        return page.getElementById(selectId).select("option").stream()
                .filter(o -> o.text().contains(labelPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option " + labelPart + " in " + selectId))
                .attr("value");
    }

    private static String json(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
