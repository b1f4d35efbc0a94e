package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The security settings web.xml is responsible for stay as they are, whoever edits it next. */
class WebXmlSecurityTest {

    private static Document webXml;
    private static final Map<String, String> PARAMS = new HashMap<>();

    @BeforeAll
    static void read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        webXml = factory.newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        NodeList params = webXml.getElementsByTagName("context-param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            PARAMS.put(text(param, "param-name"), text(param, "param-value"));
        }
    }

    @Test
    void facesRunsInProductionWithServerStateAndRandomStateIds() {
        assertThat(PARAMS)
                .containsEntry("jakarta.faces.PROJECT_STAGE", "Production")
                .containsEntry("jakarta.faces.STATE_SAVING_METHOD", "server")
                .containsEntry("com.sun.faces.generateUniqueServerStateIds", "true");
    }

    @Test
    void pagesHaveAStrictContentSecurityPolicyEndingInScriptSrcForPrimeFacesNonce() {
        String policy = PARAMS.get("primefaces.CSP_POLICY");

        assertThat(PARAMS).containsEntry("primefaces.CSP", "true");
        assertThat(policy)
                .endsWith("script-src 'self'")
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                .doesNotContain("unsafe-eval", "script-src 'self' 'unsafe-inline'", "*");
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutesAndUseAnHttpOnlyCookieOnly() {
        Element session =
                (Element) webXml.getElementsByTagName("session-config").item(0);

        assertThat(Integer.parseInt(text(session, "session-timeout"))).isBetween(1, 30);
        assertThat(text(session, "http-only")).isEqualTo("true");
        assertThat(text(session, "tracking-mode")).isEqualTo("COOKIE");
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
