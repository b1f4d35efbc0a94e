package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.WebClient;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.api.ApiKeys;
import fi.kohtaamo.platform.config.OrganisationZone;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Who may open what, checked against the deployed application rather than a list kept by hand. The pages are every
 * facelet the deployed WAR holds, the API is every JAX-RS resource method among its classes, and the rule for each
 * address is what the deployed web.xml declares. Every page is opened by an anonymous visitor and by the demo
 * employee, supervisor, HR and administrator; a page the rule lets in must be reached (and never answer 500), one it
 * shuts must answer 403 (anonymous visitors: the sign-in page). Object-level checks follow: the supervisor of
 * Palvelupiste Kamppi changing ids in addresses, forms and API calls to reach Palvelupiste Turku gets 403 or 404,
 * never the data, and each refusal is logged.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final String PASSWORD = "kohtaamo-demo";
    private static final List<String> ACCOUNTS =
            List.of("anonymous", "employee.demo", "supervisor.demo", "hr.demo", "admin.demo");
    private static final String OTHER_UNIT = "TKU-PP";

    @ArquillianResource
    URL base;

    @Inject
    ServletContext servletContext;

    @Inject
    People people;

    @Inject
    Units units;

    @Inject
    Oversight oversight;

    @Inject
    ApiKeys apiKeys;

    /** What the deployed web.xml lets in: {@code null} roles for an open address, empty for one shut to all. */
    private record Rule(String pattern, List<String> roles) {

        boolean admits(Set<String> groups) {
            if (roles == null) {
                return true;
            }
            if (groups == null) {
                return false;
            }
            return roles.contains("**") || roles.stream().anyMatch(groups::contains);
        }

        String expected(Set<String> groups) {
            if (admits(groups)) {
                return "in";
            }
            return groups == null ? "sign-in" : "403";
        }
    }

    @Test
    void everyPageAnswersEachRoleAsWebXmlDeclares() throws Exception {
        Map<String, Rule> rules = deployedRules();
        List<String> views = views("/");
        assertThat(views).as("facelets of the deployed WAR").contains("/login", "/organisation/people", "/index");

        Map<String, Set<String>> groups = new LinkedHashMap<>();
        Map<String, WebClient> clients = new LinkedHashMap<>();
        for (String account : ACCOUNTS) {
            boolean anonymous = account.equals("anonymous");
            groups.put(
                    account,
                    anonymous
                            ? null
                            : people.findByUsername(account).orElseThrow().getRoles().stream()
                                    .map(Role::name)
                                    .collect(Collectors.toSet()));
            clients.put(account, anonymous ? WebClient.anonymous(base) : WebClient.signedIn(base, account, PASSWORD));
        }

        Map<String, Map<String, String>> matrix = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String view : views) {
            List<String> addresses = List.of(view, view + ".xhtml");
            for (String address : addresses) {
                Rule rule = rule(rules, address);
                for (String account : ACCOUNTS) {
                    if (address.endsWith(".xhtml")
                            && !account.equals("anonymous")
                            && !account.equals("employee.demo")) {
                        continue;
                    }
                    String seen = observe(clients.get(account), address);
                    String expected = rule.expected(groups.get(account));
                    if (expected.equals("in") && seen.equals("403")) {
                        // Payara under load now and then refuses a signed-in caller their roles (payara/Payara#6145):
                        // a refusal of what the rule allows is asked once more; a leak never is.
                        seen = observe(clients.get(account), address) + " (on a second try)";
                    }
                    matrix.computeIfAbsent(address, a -> new LinkedHashMap<>()).put(account, seen);
                    if (!seen.startsWith(expected)) {
                        wrong.add(address + " as " + account + ": expected " + expected + " (" + rule.pattern() + " "
                                + rule.roles() + "), got " + seen);
                    }
                }
            }
        }
        assertThat(wrong)
                .as("Access matrix (in = reached the page, with its status):%n%s", table(matrix))
                .isEmpty();
    }

    @Test
    void everyOtherServletAddressFollowsWebXmlToo() throws Exception {
        Map<String, Rule> rules = deployedRules();
        Set<String> views = new HashSet<>(views("/"));
        Set<String> addresses = new TreeSet<>();
        servletContext.getServletRegistrations().values().forEach(servlet -> {
            // Arquillian's runner and the test deployment's own servlet are not the application's.
            if (servlet.getClassName().contains("arquillian")
                    || servlet.getClassName().contains("jersey")
                    || servlet.getClassName().equals(fi.kohtaamo.survey.control.SurveyPaceServlet.class.getName())) {
                return;
            }
            for (String mapping : servlet.getMappings()) {
                if (mapping.startsWith("/") && !mapping.equals("/") && !mapping.equals("/*")) {
                    String address = mapping.endsWith("/*") ? mapping.substring(0, mapping.length() - 2) : mapping;
                    if (!views.contains(address) && !address.endsWith(".xhtml")) {
                        addresses.add(address);
                    }
                }
            }
        });
        assertThat(addresses).as("servlets besides Faces").contains("/health", "/openapi");

        WebClient anonymous = WebClient.anonymous(base);
        WebClient employee = WebClient.signedIn(base, "employee.demo", PASSWORD);
        Set<String> employeeGroups = Set.of("EMPLOYEE");
        List<String> wrong = new ArrayList<>();
        for (String address : addresses) {
            Rule rule = rule(rules, address);
            String asAnonymous = observe(anonymous, address);
            String asEmployee = observe(employee, address);
            if (!asAnonymous.startsWith(rule.expected(null)) || !asEmployee.startsWith(rule.expected(employeeGroups))) {
                wrong.add(address + " " + rule + ": anonymous " + asAnonymous + ", employee " + asEmployee);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Every resource method of every JAX-RS application, called without a valid key or token (none, a made-up bearer
     * token, an administrator's password), answers 401 or 403. {@code /api} (which lists no classes, so it serves every
     * resource no other application lists) documents each of its operations in {@code /openapi}, and those marked
     * public there are left out; SCIM ({@code /scim/v2}, which lists its classes) is described by its own schemas.
     */
    @Test
    void everyApiEndpointRefusesCallsWithoutAValidKeyUnlessDocumentedAsPublic() throws Exception {
        Map<String, Set<Class<?>>> listing = new TreeMap<>();
        String api = null;
        List<Class<?>> resources = new ArrayList<>();
        for (String name : classes("/WEB-INF/classes/")) {
            Class<?> type;
            try {
                type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (type.isAnnotationPresent(ApplicationPath.class)) {
                Set<Class<?>> listed = ((jakarta.ws.rs.core.Application)
                                type.getDeclaredConstructor().newInstance())
                        .getClasses();
                if (listed.isEmpty()) {
                    api = type.getAnnotation(ApplicationPath.class).value();
                } else {
                    listing.put(type.getAnnotation(ApplicationPath.class).value(), listed);
                }
            }
            if (type.isAnnotationPresent(Path.class)) {
                resources.add(type);
            }
        }
        assertThat(api).as("the JAX-RS application that lists no classes").isNotNull();
        String openApi = WebClient.anonymous(base).get("openapi").body();
        Set<String> publicOperations = publicOperations(openApi);

        List<String> endpoints = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        WebClient client = WebClient.anonymous(base);
        for (Class<?> resource : resources) {
            String application = listing.entrySet().stream()
                    .filter(listed -> listed.getValue().contains(resource))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(api);
            boolean documented = application.equals(api);
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                String path = "/" + application + "/"
                        + resource.getAnnotation(Path.class).value()
                        + (method.isAnnotationPresent(Path.class)
                                ? "/" + method.getAnnotation(Path.class).value()
                                : "");
                path = path.replaceAll("/+", "/").replaceAll("\\{[^}]+}", "1");
                String operation = verb.toLowerCase(java.util.Locale.ROOT) + " " + path;
                endpoints.add(operation);
                if (documented && !openApi.contains("  " + path + ":")) {
                    wrong.add(operation + " is not documented in /openapi");
                }
                if (documented && publicOperations.contains(operation)) {
                    continue;
                }
                for (String authorization :
                        new String[] {null, "Bearer kh_not-a-key", "Basic YWRtaW4uZGVtbzprb2h0YWFtby1kZW1v"}) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(client.resolve(path))
                            .header("Content-Type", "application/json")
                            // A GET or DELETE carries no body: the server refuses one that does (400) before any
                            // application sees it.
                            .method(
                                    verb,
                                    verb.equals("GET") || verb.equals("DELETE")
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString("{}"));
                    if (authorization != null) {
                        request.header("Authorization", authorization);
                    }
                    int status = client.send(request).statusCode();
                    if (status != 401 && status != 403) {
                        wrong.add(operation + " with " + authorization + " answered " + status);
                    }
                }
            }
        }
        assertThat(endpoints)
                .as("resource methods found")
                .contains(
                        "post /api/v1/responses", "post /api/v1/visits", "post /scim/v2/Users", "get /scim/v2/Schemas");
        WebClient signedIn = WebClient.signedIn(base, "admin.demo", PASSWORD);
        int withSession = signedIn.send(HttpRequest.newBuilder(signedIn.resolve("api/v1/responses"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")))
                .statusCode();
        assertThat(withSession).as("a signed-in browser session is no API key").isEqualTo(401);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aSupervisorChangingIdsInAddressesReachesNothingOfAnotherUnitAndIsLogged() throws Exception {
        Person supervisor = people.findByUsername("supervisor.demo").orElseThrow();
        Set<Long> own = oversight.unitsOverseenBy(supervisor);
        Unit other = units.findByCode(OTHER_UNIT).orElseThrow();
        assertThat(own).doesNotContain(other.getId());
        Person stranger = people.inUnits(Set.of(other.getId())).get(0);
        WorkshopSession session = people.entityManager()
                .createQuery(
                        "select s from WorkshopSession s where s.unit.id not in :own"
                                + " order by case when s.unit.id = :other then 0 else 1 end, s.id",
                        WorkshopSession.class)
                .setParameter("own", own)
                .setParameter("other", other.getId())
                .setMaxResults(1)
                .getSingleResult();
        String region = String.valueOf(other.getParent().getId());
        String missing = "987654321";

        WebClient client = WebClient.signedIn(base, "supervisor.demo", PASSWORD);
        List<String> refused = List.of(
                "organisation/team?unit=" + other.getId(),
                "organisation/person?id=" + stranger.getId(),
                "survey/results?unit=" + other.getId(),
                "survey/poster?unit=" + other.getId(),
                "learning/team-progress?unit=" + other.getId(),
                "insight/unit?unit=" + other.getId(),
                "insight/pdf?unit=" + other.getId(),
                "workshop/session?id=" + session.getId(),
                "workshop/session-edit?id=" + session.getId(),
                "workshop/session-edit?followUpOf=" + session.getId(),
                "workshop/facilitate?id=" + session.getId(),
                "pulse/rounds?round=1");
        List<String> unknown = List.of(
                "organisation/team?unit=" + missing,
                "survey/results?unit=" + missing,
                "survey/poster?unit=" + missing,
                "learning/team-progress?unit=" + missing,
                "insight/unit?unit=" + missing,
                "insight/pdf?unit=" + missing,
                "workshop/session?id=" + missing,
                "workshop/facilitate?id=" + missing,
                "organisation/team?unit=abc",
                "survey/results?unit=abc",
                "insight/unit?unit=abc",
                "workshop/session?id=abc",
                "workshop/session-edit?id=abc",
                "learning/team-progress?unit=abc");

        List<String> denials = java.util.Collections.synchronizedList(new ArrayList<>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                denials.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(Oversight.class.getName());
        log.addHandler(handler);
        List<String> wrong = new ArrayList<>();
        try {
            for (String address : refused) {
                int logged = denials.size();
                String probe = UUID.randomUUID().toString();
                HttpResponse<String> response = client.get(address, Map.of(AccessProbe.HEADER, probe));
                if (response.statusCode() != 403 && response.statusCode() != 404) {
                    wrong.add(address + " answered " + response.statusCode());
                }
                boolean objectLevel = AccessProbe.reached(probe);
                if (objectLevel
                        && denials.subList(logged, denials.size()).stream()
                                .noneMatch(message -> message.contains("supervisor.demo"))) {
                    wrong.add(address + " was refused without a log entry");
                }
                if (response.body().contains(other.getName()) || response.body().contains(stranger.getLastName())) {
                    wrong.add(address + " showed the other unit's data");
                }
            }
            for (String address : unknown) {
                int status = client.get(address).statusCode();
                if (status != 403 && status != 404 && status != 400) {
                    wrong.add(address + " answered " + status);
                }
            }
        } finally {
            log.removeHandler(handler);
        }
        assertThat(wrong).isEmpty();
        assertThat(denials)
                .as("refusals name the person and the unit")
                .anyMatch(
                        message -> message.contains("supervisor.demo") && message.contains(" " + other.getId() + " "));

        HttpResponse<String> dashboard = client.get("insight/dashboard?region=" + region);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body())
                .as("another region is filtered within the own units")
                .doesNotContain(other.getName());
        HttpResponse<byte[]> pdf = client.bytes("insight/pdf?region=" + region);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .doesNotContain(other.getName());
        }
    }

    @Test
    void aSupervisorTamperingWithFormValuesSchedulesNothingForAnotherUnit() {
        Unit other = units.findByCode(OTHER_UNIT).orElseThrow();
        Person stranger = people.inUnits(Set.of(other.getId())).get(0);
        long before = sessionsOf(other);
        long invitedBefore = invitations(stranger);
        WebClient client = WebClient.signedIn(base, "supervisor.demo", PASSWORD);
        String date = LocalDate.now(OrganisationZone.ZONE).plusDays(40).toString();

        for (Map<String, String> tampered : List.of(
                Map.of("unit", String.valueOf(other.getId())), Map.of("invitees", String.valueOf(stranger.getId())))) {
            Document form = client.page("workshop/session-edit");
            String guide = form.select("#session\\:guide option").get(1).attr("value");
            Map<String, String> values =
                    new LinkedHashMap<>(Map.of("guide", guide, "date", date, "time", "10:00", "minutes", "60"));
            values.putAll(tampered);
            HttpResponse<String> answer = client.follow(client.submit(form, "session", values, "save"));
            assertThat(answer.statusCode()).as("tampered %s", tampered).isIn(200, 403);
            assertThat(answer.body()).doesNotContain(stranger.getLastName() + " ");
        }
        assertThat(sessionsOf(other)).isEqualTo(before);
        assertThat(invitations(stranger))
                .as("the other unit's person was invited to nothing new")
                .isEqualTo(invitedBefore);
    }

    @Test
    void hrCannotEditTheAccountOfAnAdministratorOrAnotherHrPerson() {
        Long admin = people.findByUsername("admin.demo").orElseThrow().getId();
        Long hr = people.findByUsername("hr.demo").orElseThrow().getId();
        Long otherHr = people.entityManager()
                .createQuery(
                        "select p.id from Person p join p.roles r where r = :hr and p.id <> :me order by p.id",
                        Long.class)
                .setParameter("hr", Role.HR)
                .setParameter("me", hr)
                .setMaxResults(1)
                .getSingleResult();
        Long employee = people.findByUsername("employee.demo").orElseThrow().getId();
        WebClient client = WebClient.signedIn(base, "hr.demo", PASSWORD);

        assertThat(client.get("organisation/person?id=" + admin).statusCode())
                .as("else HR could set the administrator's password")
                .isEqualTo(403);
        assertThat(client.get("organisation/person?id=" + otherHr).statusCode()).isEqualTo(403);
        assertThat(client.get("organisation/person?id=" + employee).statusCode())
                .isEqualTo(200);
        assertThat(client.get("organisation/person?id=" + hr).statusCode())
                .as("their own")
                .isEqualTo(200);
        assertThat(WebClient.signedIn(base, "admin.demo", PASSWORD)
                        .get("organisation/person?id=" + otherHr)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anApiKeyOfOneUnitCannotSendForAnother() throws Exception {
        Unit own = units.findByCode("HKI-KAMPPI").orElseThrow();
        String key = apiKeys.create("access test " + UUID.randomUUID(), Set.of(own.getId()), null)
                .secret();
        WebClient client = WebClient.anonymous(base);
        String id = UUID.randomUUID().toString();
        for (String[] call : new String[][] {
            {
                "api/v1/responses",
                "{\"unit\":\"" + OTHER_UNIT + "\",\"answeredAt\":\"2025-03-03T10:00:00\",\"nps\":0,"
                        + "\"externalId\":\"" + id + "\"}"
            },
            {
                "api/v1/visits",
                "{\"unit\":\"" + OTHER_UNIT + "\",\"visitedAt\":\""
                        + java.time.OffsetDateTime.now().minusHours(1).withNano(0) + "\",\"email\":\"a@example.com\","
                        + "\"visitId\":\"" + id + "\"}"
            }
        }) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(client.resolve(call[0]))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + key)
                    .POST(HttpRequest.BodyPublishers.ofString(call[1])));
            assertThat(answer.statusCode()).as(call[0]).isIn(400, 403);
            assertThat(answer.body()).contains("unit");
        }
        assertThat(people.entityManager()
                        .createQuery("select count(r) from CustomerResponse r where r.externalId = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult())
                .isZero();
    }

    private long invitations(Person person) {
        return people.entityManager()
                .createQuery(
                        "select count(i) from WorkshopSession s join s.invitees i where i.personId = :p", Long.class)
                .setParameter("p", person.getId())
                .getSingleResult();
    }

    private long sessionsOf(Unit unit) {
        return people.entityManager()
                .createQuery("select count(s) from WorkshopSession s where s.unit.id = :u", Long.class)
                .setParameter("u", unit.getId())
                .getSingleResult();
    }

    /** What a request shows: "in 200" when it reached the application, "403", "sign-in", or another status. */
    private String observe(WebClient client, String address) {
        String probe = UUID.randomUUID().toString();
        HttpResponse<String> response = client.get(address, Map.of(AccessProbe.HEADER, probe));
        int status = response.statusCode();
        if (AccessProbe.reached(probe)) {
            return status >= 500 ? "error " + status : "in " + status;
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (status / 100 == 3 && location.matches(".*/login(\\?.*)?$")) {
            return "sign-in";
        }
        return String.valueOf(status);
    }

    /** The facelets of the deployed WAR outside WEB-INF and resources, by their extensionless addresses. */
    private List<String> views(String folder) {
        List<String> views = new ArrayList<>();
        Set<String> paths = servletContext.getResourcePaths(folder);
        for (String path : paths == null ? Set.<String>of() : new TreeSet<>(paths)) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/") || path.startsWith("/resources/")) {
                continue;
            }
            if (path.endsWith("/")) {
                views.addAll(views(path));
            } else if (path.endsWith(".xhtml")) {
                views.add(path.substring(0, path.length() - ".xhtml".length()));
            }
        }
        return views;
    }

    private List<String> classes(String folder) {
        List<String> names = new ArrayList<>();
        Set<String> paths = servletContext.getResourcePaths(folder);
        for (String path : paths == null ? Set.<String>of() : paths) {
            if (path.endsWith("/")) {
                names.addAll(classes(path));
            } else if (path.endsWith(".class") && !path.contains("$")) {
                names.add(path.substring("/WEB-INF/classes/".length(), path.length() - ".class".length())
                        .replace('/', '.'));
            }
        }
        return names;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** Operations of the OpenAPI document that declare {@code security: []}, as "post /api/…". */
    private static Set<String> publicOperations(String openApi) {
        Set<String> open = new HashSet<>();
        String path = null;
        String verb = null;
        for (String line : openApi.split("\n")) {
            if (line.matches("  /\\S*:\\s*")) {
                path = line.trim().replace(":", "");
            } else if (line.matches("    (get|post|put|patch|delete):\\s*")) {
                verb = line.trim().replace(":", "");
            } else if (line.matches("      security: \\[]\\s*") && path != null && verb != null) {
                open.add(verb + " " + path);
            }
        }
        return open;
    }

    /** The security constraints of the deployed web.xml, by URL pattern. */
    private Map<String, Rule> deployedRules() throws Exception {
        org.w3c.dom.Document webXml;
        try (InputStream in = servletContext.getResourceAsStream("/WEB-INF/web.xml")) {
            webXml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        NodeList constraints = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            NodeList auth = constraint.getElementsByTagName("auth-constraint");
            List<String> roles = auth.getLength() == 0 ? null : texts((Element) auth.item(0), "role-name");
            for (String pattern : texts(constraint, "url-pattern")) {
                rules.put(pattern, new Rule(pattern, roles));
            }
        }
        return rules;
    }

    /** The rule that governs an address, chosen as the servlet specification does: exact, longest prefix, extension. */
    private static Rule rule(Map<String, Rule> rules, String address) {
        if (rules.containsKey(address)) {
            return rules.get(address);
        }
        Rule prefix = null;
        for (Rule rule : rules.values()) {
            String pattern = rule.pattern();
            if (pattern.endsWith("/*")) {
                String folder = pattern.substring(0, pattern.length() - 2);
                if ((address.equals(folder) || address.startsWith(folder + "/"))
                        && (prefix == null
                                || pattern.length() > prefix.pattern().length())) {
                    prefix = rule;
                }
            }
        }
        if (prefix != null) {
            return prefix;
        }
        for (Rule rule : rules.values()) {
            if (rule.pattern().startsWith("*.")
                    && address.endsWith(rule.pattern().substring(1))) {
                return rule;
            }
        }
        return rules.getOrDefault("/", new Rule("(none)", null));
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent().trim())
                .toList();
    }

    private static String table(Map<String, Map<String, String>> matrix) {
        StringBuilder text = new StringBuilder(String.format("%-34s", "address"));
        ACCOUNTS.forEach(account -> text.append(String.format("%-18s", account)));
        matrix.forEach((address, cells) -> {
            text.append(String.format("%n%-34s", address));
            ACCOUNTS.forEach(account -> text.append(String.format("%-18s", cells.getOrDefault(account, ""))));
        });
        return text.toString();
    }
}
