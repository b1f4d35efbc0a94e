package fi.kohtaamo.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Kohtaamo's HTTP API under {@code /api}. Its resources authenticate every call with an API key of their own and never
 * look at a browser session, so a signed-in browser cannot be tricked into writing through it.
 */
@ApplicationPath("api")
public class RestApplication extends Application {}
