package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every page declares who may open it: each facelet outside WEB-INF has a security constraint in web.xml for both its
 * extensionless and its .xhtml address. A new page without one fails the build, so nothing is open by accident.
 */
class WebXmlAccessTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Set<String> ROLES = Set.of("EMPLOYEE", "SUPERVISOR", "HR", "ADMIN", "**");

    @Test
    void everyPageHasAnExplicitConstraintForBothOfItsAddresses() throws Exception {
        Map<String, List<String>> rules = constraints();
        List<String> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .toList();
        }

        assertThat(pages).contains("/login.xhtml", "/organisation/people.xhtml");
        for (String page : pages) {
            String extensionless = page.substring(0, page.length() - ".xhtml".length());
            assertThat(rules).as("constraint for " + page).containsKey(page);
            assertThat(rules).as("constraint for " + extensionless).containsKey(extensionless);
            assertThat(rules.get(page)).isEqualTo(rules.get(extensionless));
        }
    }

    @Test
    void onlySignInHealthMetricsAndTheCustomerSurveyAreOpenToAnonymousVisitors() throws Exception {
        Map<String, List<String>> rules = constraints();

        assertThat(rules.entrySet().stream()
                        .filter(rule -> rule.getValue() == null)
                        .map(Map.Entry::getKey))
                .containsExactlyInAnyOrder(
                        "/index",
                        "/index.xhtml",
                        "/login",
                        "/login.xhtml",
                        "/jakarta.faces.resource/*",
                        "/favicon.ico",
                        "/health",
                        "/health/*",
                        "/openapi",
                        "/metrics",
                        "/survey/respond",
                        "/survey/respond.xhtml",
                        "/api/*",
                        "/scim/*");
        assertThat(rules.get("*.xhtml")).as("unlisted facelets").isEmpty();
        assertThat(rules.values().stream().filter(r -> r != null).flatMap(List::stream))
                .allMatch(ROLES::contains);
        assertThat(rules.get("/organisation/units")).containsExactly("ADMIN");
    }

    /** URL pattern → roles allowed ({@code null}: no auth-constraint, open to everyone; empty: denied). */
    private static Map<String, List<String>> constraints() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
        Map<String, List<String>> rules = new HashMap<>();
        NodeList constraints = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            NodeList auth = constraint.getElementsByTagName("auth-constraint");
            List<String> roles = auth.getLength() == 0 ? null : texts((Element) auth.item(0), "role-name");
            for (String pattern : texts(constraint, "url-pattern")) {
                assertThat(rules).as("pattern listed twice: " + pattern).doesNotContainKey(pattern);
                rules.put(pattern, roles);
            }
        }
        return rules;
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent().trim())
                .toList();
    }
}
