package fi.kohtaamo;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every Arquillian test deploys: the WAR that {@code mvn package} built, exactly as it ships. Failsafe
 * passes its path in the {@code kohtaamo.war} system property.
 */
public final class KohtaamoDeployment {

    private KohtaamoDeployment() {}

    public static WebArchive war() {
        File war = new File(System.getProperty("kohtaamo.war", "target/kohtaamo.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
