package fi.kohtaamo.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Kohtaamo is, as its users see it, and who is asking: the one place that decides which absolute addresses
 * Kohtaamo writes (redirects, links in mail, posters) and which client a request comes from.
 *
 * <ul>
 *   <li>A request's own address ({@code scheme://Host}) is used only when its {@code Host} is one of {@code
 *       KOHTAAMO_ALLOWED_HOSTS} ({@link AllowedHosts}); by default that is the host of {@code KOHTAAMO_BASE_URL}, or,
 *       without one, the names and addresses of this machine ({@code localhost} included). Otherwise the address is
 *       {@code KOHTAAMO_BASE_URL}, and without that there is none: a forged {@code Host} never becomes a redirect
 *       target.
 *   <li>The scheme and the client's address come from {@code X-Forwarded-Proto} and {@code X-Forwarded-For} only when
 *       the connection comes from one of {@code KOHTAAMO_TRUSTED_PROXIES} ({@link TrustedProxies}, loopback by
 *       default).
 *   <li>Mail, written outside any request, links to {@code KOHTAAMO_BASE_URL} ({@link #forMail()}).
 * </ul>
 *
 * {@link ForwardedFilter} applies this to every request, so that pages and filters see the client's scheme and
 * address and every redirect goes to an allowed host.
 */
@ApplicationScoped
public class PublicAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    /** Where mail links point when {@code KOHTAAMO_BASE_URL} is not set: the quick start's address. */
    static final String DEFAULT_MAIL_BASE = "http://localhost:8080";

    private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());

    @Inject
    @ConfigProperty(name = "kohtaamo.base.url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "kohtaamo.allowed.hosts")
    Optional<String> allowedHosts;

    @Inject
    @ConfigProperty(name = "kohtaamo.trusted.proxies")
    Optional<String> trustedProxies;

    private TrustedProxies proxies;
    private AllowedHosts hosts;
    private Optional<String> baseOrigin;

    @PostConstruct
    void configure() {
        proxies = TrustedProxies.parse(trustedProxies.orElse(null));
        baseOrigin = baseUrl.filter(url -> !url.isBlank()).map(PublicAddress::originOf);
        hosts = AllowedHosts.parse(allowedHosts
                .filter(list -> !list.isBlank())
                .orElseGet(() -> baseUrl.filter(url -> !url.isBlank())
                        .map(url -> URI.create(url.strip()).getAuthority())
                        .orElseGet(PublicAddress::thisMachine)));
        LOG.info(() -> "Absolute addresses for hosts " + hosts
                + baseOrigin.map(o -> ", otherwise " + o).orElse("") + "; X-Forwarded-* believed from "
                + trustedProxies.orElse(TrustedProxies.LOOPBACK));
    }

    /**
     * Scheme, host and port of this request as the browser used them, when its {@code Host} is allowed; else those of
     * {@code KOHTAAMO_BASE_URL}; else nothing.
     */
    public Optional<String> origin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (hosts.allows(host)) {
            return Optional.of(scheme(request) + "://" + host.strip());
        }
        return baseOrigin;
    }

    /** The scheme the client used ({@code https} behind a trusted TLS-terminating proxy). */
    public String scheme(HttpServletRequest request) {
        String proto = request.getHeader(FORWARDED_PROTO);
        // Payara's scheme mapping (pre-boot-commands.asadmin) applies X-Forwarded-Proto on the plain HTTP listener
        // from anyone; from an address that is not a trusted proxy, the connection was plain HTTP.
        String connection = proto == null ? request.getScheme() : "http";
        return proxies.scheme(request.getRemoteAddr(), proto, connection);
    }

    /** The client's address: the connection's, or behind trusted proxies the one they forwarded for. */
    public String client(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    /** {@code KOHTAAMO_BASE_URL} without a trailing slash, if it is set. */
    public Optional<String> configured() {
        return baseUrl.filter(url -> !url.isBlank()).map(url -> url.strip().replaceAll("/+$", ""));
    }

    /** The address links in mail start with ({@code KOHTAAMO_BASE_URL}), without a trailing slash. */
    public String forMail() {
        return configured().orElse(DEFAULT_MAIL_BASE);
    }

    static String originOf(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getAuthority() == null) {
            throw new IllegalArgumentException("KOHTAAMO_BASE_URL must be an absolute address: " + url);
        }
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** localhost, this machine's name and the addresses of its network interfaces. */
    static String thisMachine() {
        List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", "[::1]"));
        try {
            names.add(InetAddress.getLocalHost().getHostName());
        } catch (java.io.IOException e) {
            // No name of its own: localhost and the addresses still count.
        }
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    String text = address.getHostAddress().replaceAll("%.*$", "");
                    names.add(address instanceof Inet6Address ? "[" + text + "]" : text);
                }
            }
        } catch (SocketException e) {
            // No interfaces to list: the names above stay.
        }
        return String.join(",", names);
    }

    /**
     * Whether a post comes from Kohtaamo's own pages: its {@code Origin} header, which browsers send with every
     * cross-site post, names this server, or it has none (a client that is not a browser cannot forge a visitor's
     * post). {@code Origin: null} (a sandboxed frame, a redirect across sites) does not count as our own.
     */
    public static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin == null
                || jakarta.enterprise
                        .inject
                        .spi
                        .CDI
                        .current()
                        .select(PublicAddress.class)
                        .get()
                        .origin(request)
                        .filter(origin::equalsIgnoreCase)
                        .isPresent();
    }
}
