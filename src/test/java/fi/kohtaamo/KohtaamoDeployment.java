package fi.kohtaamo;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every Arquillian test runs against: the WAR that {@code mvn package} built, exactly as it ships,
 * plus the test classes and their libraries. The suite extension (configured in arquillian.xml) deploys it once per
 * test run, so Payara Micro starts once, Flyway migrates once and the content is synchronised once; browser journeys
 * use it from outside ({@code @RunAsClient}), the other tests run inside it. Because every test shares one running
 * server, each test makes the people and units it changes for itself.
 */
@ArquillianSuiteDeployment
public final class KohtaamoDeployment {

    /**
     * Opens Arquillian's test runner servlet and the test deployment's own servlets under {@code /it/} (such as {@code
     * SurveyPaceServlet}), which web.xml would otherwise send to the sign-in page like any unlisted address.
     */
    private static final String OPEN_TEST_RUNNER = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_access</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/it/*</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private KohtaamoDeployment() {}

    /**
     * The shipped WAR (failsafe passes its path in the {@code kohtaamo.war} system property) with access to
     * Arquillian's runner, every compiled test class, AssertJ, Awaitility (with the Hamcrest it is built on) and jsoup.
     * Classes that only browser journeys load, such as {@link Browser}, are in it too but never loaded inside the server.
     */
    @Deployment
    public static WebArchive deployment() {
        File war = new File(System.getProperty("kohtaamo.war", "target/kohtaamo.war"));
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml");
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "kohtaamo-tests.jar");
        tests.as(ExplodedImporter.class)
                .importDirectory(
                        new File(System.getProperty("kohtaamo.testClasses", "target/test-classes")),
                        path -> path.get().endsWith(".class") || !path.get().contains("."));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addAsLibrary(runnerAccess)
                .addAsLibrary(tests)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibrary(jarOf(org.awaitility.Awaitility.class))
                .addAsLibrary(jarOf(org.hamcrest.Matcher.class))
                .addAsLibrary(jarOf(org.jsoup.Jsoup.class));
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
