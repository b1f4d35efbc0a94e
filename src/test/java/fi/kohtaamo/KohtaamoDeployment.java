package fi.kohtaamo;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives Arquillian deploys: the WAR that {@code mvn package} built, exactly as it ships. Failsafe passes its
 * path in the {@code kohtaamo.war} system property.
 */
public final class KohtaamoDeployment {

    /**
     * Opens Arquillian's test runner servlet, which web.xml would otherwise send to the sign-in page like any unlisted
     * address. Only in-container test archives carry it.
     */
    private static final String OPEN_TEST_RUNNER = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_access</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private KohtaamoDeployment() {}

    /** The shipped WAR, for browser journeys that use it from outside ({@code testable = false}). */
    public static WebArchive war() {
        File war = new File(System.getProperty("kohtaamo.war", "target/kohtaamo.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The shipped WAR plus access to Arquillian's runner, AssertJ, Awaitility (with the Hamcrest it is built on), and
     * {@link WebClient} with jsoup, for tests that run inside the server.
     */
    public static WebArchive inContainer() {
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml");
        return war().addAsLibrary(runnerAccess)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibrary(jarOf(org.awaitility.Awaitility.class))
                .addAsLibrary(jarOf(org.hamcrest.Matcher.class))
                .addAsLibrary(jarOf(org.jsoup.Jsoup.class))
                .addClass(WebClient.class);
    }

    /** The jar a test library's class was loaded from. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
