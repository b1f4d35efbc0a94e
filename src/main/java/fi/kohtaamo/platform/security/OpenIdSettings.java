package fi.kohtaamo.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How single sign-on with the organisation's OpenID provider is set up, read once at start from the environment
 * ({@code KOHTAAMO_OIDC_*}, through MicroProfile Config; {@code deploy/README.md} lists them). Without {@code
 * KOHTAAMO_OIDC_ISSUER} there is no single sign-on and the sign-in page is the password form alone.
 *
 * <p>A setting Kohtaamo cannot use is reported in one warning at start: an issuer without a client id or secret turns
 * single sign-on off, and switching passwords off without single sign-on is ignored (else nobody could sign in).
 */
@ApplicationScoped
public class OpenIdSettings {

    /** Which attribute of a person the provider's claim is compared with. */
    public enum Match {
        EMAIL,
        USERNAME
    }

    private static final Logger LOG = Logger.getLogger(OpenIdSettings.class.getName());

    /** Hosts whose provider may be reached over plain http: only this machine. */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private Optional<URI> issuer = Optional.empty();
    private String clientId;
    private String clientSecret;
    private String providerName;
    private String personClaim;
    private Match match;
    private String rolesClaim;
    private Set<String> hrValues;
    private Set<String> adminValues;
    private boolean provision;
    private String provisionUnit;
    private boolean passwordSignIn;

    @PostConstruct
    void readAtStart() {
        read(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    }

    /** Settings from these values by MicroProfile Config name ({@code kohtaamo.oidc.issuer}), as at start. */
    public static OpenIdSettings of(Function<String, Optional<String>> values) {
        OpenIdSettings settings = new OpenIdSettings();
        settings.read(values);
        return settings;
    }

    private void read(Function<String, Optional<String>> values) {
        Function<String, Optional<String>> text =
                name -> values.apply(name).map(String::strip).filter(s -> !s.isEmpty());
        clientId = text.apply("kohtaamo.oidc.client.id").orElse(null);
        clientSecret = text.apply("kohtaamo.oidc.client.secret").orElse(null);
        issuer = text.apply("kohtaamo.oidc.issuer").flatMap(OpenIdSettings::issuer);
        if (issuer.isPresent() && (clientId == null || clientSecret == null)) {
            LOG.warning("KOHTAAMO_OIDC_ISSUER is set, but KOHTAAMO_OIDC_CLIENT_ID or KOHTAAMO_OIDC_CLIENT_SECRET is"
                    + " not: single sign-on is off");
            issuer = Optional.empty();
        }
        providerName = text.apply("kohtaamo.oidc.provider.name")
                .orElseGet(() -> issuer.map(URI::getHost).orElse(""));
        personClaim = text.apply("kohtaamo.oidc.person.claim").orElse("email");
        match = text.apply("kohtaamo.oidc.match")
                .flatMap(value -> Arrays.stream(Match.values())
                        .filter(m -> m.name().equalsIgnoreCase(value))
                        .findFirst()
                        .or(() -> {
                            LOG.warning(() -> "KOHTAAMO_OIDC_MATCH must be email or username, but it is \"" + value
                                    + "\": email is used instead");
                            return Optional.empty();
                        }))
                .orElse(Match.EMAIL);
        rolesClaim = text.apply("kohtaamo.oidc.roles.claim").orElse("groups");
        hrValues = list(text.apply("kohtaamo.oidc.hr.values"));
        adminValues = list(text.apply("kohtaamo.oidc.admin.values"));
        provision =
                text.apply("kohtaamo.oidc.provision").map(Boolean::parseBoolean).orElse(false);
        provisionUnit = text.apply("kohtaamo.oidc.provision.unit").orElse(null);
        if (provision && provisionUnit == null) {
            LOG.warning("KOHTAAMO_OIDC_PROVISION is on, but KOHTAAMO_OIDC_PROVISION_UNIT names no unit to put new"
                    + " people in: unknown people are refused");
            provision = false;
        }
        passwordSignIn = text.apply("kohtaamo.password.sign.in")
                .map(Boolean::parseBoolean)
                .orElse(true);
        if (!passwordSignIn && issuer.isEmpty()) {
            LOG.warning("KOHTAAMO_PASSWORD_SIGN_IN is false, but single sign-on is not set up: passwords stay on");
            passwordSignIn = true;
        }
    }

    private static Optional<URI> issuer(String value) {
        try {
            URI uri = new URI(value);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return Optional.of(uri);
            }
            if ("http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost())) {
                // A provider on this machine (the tests' own): nothing travels over a network.
                return Optional.of(uri);
            }
        } catch (java.net.URISyntaxException e) {
            // Reported below.
        }
        LOG.warning(() -> "KOHTAAMO_OIDC_ISSUER must be the provider's https:// address (http:// only on this"
                + " machine), but it is \"" + value + "\": single sign-on is off");
        return Optional.empty();
    }

    private static Set<String> list(Optional<String> value) {
        return value.map(v -> Arrays.stream(v.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** Whether people may sign in with the organisation's provider. */
    public boolean enabled() {
        return issuer.isPresent();
    }

    /** The provider's issuer address ({@code KOHTAAMO_OIDC_ISSUER}), whose discovery document describes it. */
    public Optional<URI> issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    /** The client secret (a secret: never logged). */
    public String clientSecret() {
        return clientSecret;
    }

    /** The provider's name on the sign-in button ({@code KOHTAAMO_OIDC_PROVIDER_NAME}; the issuer's host). */
    public String providerName() {
        return providerName;
    }

    /** The ID-token claim that names the person ({@code KOHTAAMO_OIDC_PERSON_CLAIM}; {@code email}). */
    public String personClaim() {
        return personClaim;
    }

    /** What {@link #personClaim()} is matched with ({@code KOHTAAMO_OIDC_MATCH}: email, the default, or username). */
    public Match match() {
        return match;
    }

    /** The claim whose values give roles ({@code KOHTAAMO_OIDC_ROLES_CLAIM}; {@code groups}). */
    public String rolesClaim() {
        return rolesClaim;
    }

    /**
     * The values of {@link #rolesClaim()} that make a person HR ({@code KOHTAAMO_OIDC_HR_VALUES}); none leaves HR to
     * be given in Kohtaamo.
     */
    public Set<String> hrValues() {
        return hrValues;
    }

    /** As {@link #hrValues()}, for administrators ({@code KOHTAAMO_OIDC_ADMIN_VALUES}). */
    public Set<String> adminValues() {
        return adminValues;
    }

    /** Whether a person the provider signs in but Kohtaamo does not know is added ({@code KOHTAAMO_OIDC_PROVISION}). */
    public boolean provision() {
        return provision;
    }

    /** The code of the unit new people join ({@code KOHTAAMO_OIDC_PROVISION_UNIT}). */
    public String provisionUnit() {
        return provisionUnit;
    }

    /** Whether Kohtaamo's own passwords still sign people in ({@code KOHTAAMO_PASSWORD_SIGN_IN}; on). */
    public boolean passwordSignIn() {
        return passwordSignIn;
    }
}
