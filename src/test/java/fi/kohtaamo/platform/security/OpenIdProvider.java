package fi.kohtaamo.platform.security;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenID provider on loopback for the tests of single sign-on (navikt's mock-oauth2-server, in the test JVM),
 * with an interactive login page where a test types the subject and the claims of the ID token. It listens on {@code
 * it.oidc.port} and answers as the issuer {@code /kohtaamo}, which the suite's deployment is configured with
 * (failsafe's {@code KOHTAAMO_OIDC_*}); Kohtaamo reads its metadata only at the first sign-in with it, so it needs to
 * run only while such a test class does.
 */
public final class OpenIdProvider implements BeforeAllCallback, AfterAllCallback {

    /** The issuer id: the path of the issuer address the deployment is configured with. */
    static final String ISSUER = "kohtaamo";

    private MockOAuth2Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MockOAuth2Server(new OAuth2Config(true));
        server.start(Integer.getInteger("it.oidc.port", 3290));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.shutdown();
    }

    /** The running provider, to read the requests it was sent. */
    MockOAuth2Server server() {
        return server;
    }
}
