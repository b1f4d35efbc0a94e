package fi.kohtaamo.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The relying party's side of OpenID Connect's authorization code flow, on the Nimbus OAuth 2.0 SDK: the address that
 * sends a person to the provider (with a fresh state, nonce and PKCE verifier), the exchange of the code the provider
 * sends back for tokens, the ID token's validation (signature against the provider's JWKS, issuer, audience, expiry,
 * nonce) and the address that ends the provider's session (RP-initiated logout).
 *
 * <p>The provider's metadata (its discovery document) is read at the first sign-in that needs it, not at start, so that
 * Kohtaamo starts while the provider is unreachable; a failed read is tried again at the next sign-in. Its keys are
 * read as the first ID token needs them and again when a token names a key not yet seen (the provider rotated them).
 */
@ApplicationScoped
public class OpenIdClient {

    /** How long a request to the provider may take to connect, and then to answer. */
    static final int TIMEOUT_MILLIS = 5_000;

    private static final Logger LOG = Logger.getLogger(OpenIdClient.class.getName());

    /** What a sign-in started with and must end with: kept in the session between leaving and coming back. */
    public record Flow(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {

        /** A new flow with fresh random values, to return to the given page of Kohtaamo's (or null for home). */
        public static Flow start(String returnTo) {
            return new Flow(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(), returnTo);
        }
    }

    /** What the provider said about the person: the ID token's claims, and the token itself for signing out. */
    public record SignedIn(Map<String, Object> claims, String idToken) {}

    /** Why signing in with the provider did not work (for the log, never shown: it may name the provider's internals). */
    public static class Failure extends Exception {
        public Failure(String message, Throwable cause) {
            super(message, cause);
        }

        public Failure(String message) {
            super(message);
        }
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    @Inject
    OpenIdSettings settings;

    private volatile Provider provider;

    /** Where to send a person's browser to sign in with the provider, who will return them to {@code redirectUri}. */
    public URI authorizationAddress(Flow flow, URI redirectUri) throws Failure {
        OIDCProviderMetadata metadata = provider().metadata();
        return new AuthenticationRequest.Builder(
                        ResponseType.CODE, new Scope("openid", "email", "profile"), clientId(), redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(flow.state()))
                .nonce(new Nonce(flow.nonce()))
                .codeChallenge(new CodeVerifier(flow.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /**
     * Exchanges the provider's code for tokens and validates the ID token against the flow's nonce.
     *
     * @throws Failure if the provider refuses the code, or the ID token is not one it issued to Kohtaamo for this flow
     */
    public SignedIn exchange(Flow flow, String code, URI redirectUri) throws Failure {
        Provider current = provider();
        OIDCProviderMetadata metadata = current.metadata();
        TokenRequest request = new TokenRequest(
                metadata.getTokenEndpointURI(),
                clientAuthentication(metadata),
                new AuthorizationCodeGrant(
                        new AuthorizationCode(code), redirectUri, new CodeVerifier(flow.codeVerifier())));
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                throw new Failure("The provider refused the code: "
                        + response.toErrorResponse().getErrorObject().toJSONObject());
            }
            JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                    .getOIDCTokens()
                    .getIDToken();
            Map<String, Object> claims = current.validator()
                    .validate(idToken, new Nonce(flow.nonce()))
                    .toJWTClaimsSet()
                    .getClaims();
            return new SignedIn(claims, idToken.serialize());
        } catch (Failure e) {
            throw e;
        } catch (Exception e) {
            throw new Failure("The code exchange or the ID token failed: " + e, e);
        }
    }

    /**
     * Where to send a person's browser to end their session at the provider too, coming back to {@code afterwards}
     * with {@code state}; nothing if the provider offers no end-session endpoint, or cannot be reached to say so.
     */
    public Optional<URI> endSessionAddress(String idToken, URI afterwards, String state) {
        try {
            URI endpoint = provider().metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new LogoutRequest(endpoint, JWTParser.parse(idToken), afterwards, new State(state)).toURI());
        } catch (Failure | java.text.ParseException e) {
            LOG.log(Level.WARNING, "Signing out at the OpenID provider is skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    private ClientID clientId() {
        return new ClientID(settings.clientId());
    }

    /** The client secret as HTTP basic authentication, or in the form when the provider takes only that. */
    private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        Secret secret = new Secret(settings.clientSecret());
        if (methods != null
                && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(clientId(), secret);
        }
        return new ClientSecretBasic(clientId(), secret);
    }

    /** The provider's metadata and ID-token validator, read at the first call that needs them. */
    private Provider provider() throws Failure {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        URI issuer = settings.issuer().orElseThrow(() -> new Failure("Single sign-on is not set up"));
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(issuer.toString()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            List<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs();
            JWSAlgorithm algorithm =
                    algorithms == null || algorithms.isEmpty() || algorithms.contains(JWSAlgorithm.RS256)
                            ? JWSAlgorithm.RS256
                            : algorithms.get(0);
            IDTokenValidator validator = new IDTokenValidator(
                    metadata.getIssuer(),
                    clientId(),
                    algorithm,
                    metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
            known = new Provider(metadata, validator);
            provider = known;
            return known;
        } catch (Exception e) {
            throw new Failure("The OpenID provider's metadata at " + issuer + " could not be read: " + e, e);
        }
    }
}
