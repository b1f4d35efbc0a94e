package fi.kohtaamo.provisioning.boundary;

import fi.kohtaamo.platform.web.RequestBodyLimit;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * SCIM 2.0 under {@code /scim/v2} (RFC 7644), for identity providers. Its classes are listed, so that none of the
 * {@code /api} application's providers (whose refusals are problem details) answer here: every refusal is a SCIM error
 * ({@link ScimErrors}). Every call carries a provisioning token ({@link ScimGate}), never a browser session; bodies
 * are limited while they are read ({@link RequestBodyLimit}, whose early refusal {@link ProblemsAsScimErrors} makes a SCIM
 * error).
 */
@ApplicationPath("scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                UsersResource.class,
                GroupsResource.class,
                DiscoveryResource.class,
                ScimErrors.class,
                RequestBodyLimit.class,
                ProblemsAsScimErrors.class);
    }

    /** As for {@code /api}: Jersey sets an error status itself instead of handing it to the HTML error pages. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
