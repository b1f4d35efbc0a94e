package fi.kohtaamo.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Kohtaamo's HTTP API under {@code /api}. Its resources authenticate every call with an API key of their own and never
 * look at a browser session, so a signed-in browser cannot be tricked into writing through it. Every refusal is problem
 * details ({@link ApiExceptionMappers}); bodies are limited while they are read ({@link RequestBodyLimit}).
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    /**
     * Jersey sets an error status itself instead of calling {@code sendError}, which would hand the answer to the
     * server's HTML error pages.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
