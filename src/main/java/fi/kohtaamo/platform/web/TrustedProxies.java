package fi.kohtaamo.platform.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers Kohtaamo believes: addresses or
 * CIDR ranges, as in {@code KOHTAAMO_TRUSTED_PROXIES=10.0.0.0/8,192.0.2.7}, by default loopback only. A header from
 * any other address is the client's own claim and is ignored, so a client cannot pass for another address (the
 * survey's rate limit, the audit log) or make a plain request count as TLS.
 *
 * <pre>{@code
 * TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8");
 * proxies.client("10.1.2.3", List.of("203.0.113.9, 10.4.5.6")); // "203.0.113.9"
 * proxies.client("198.51.100.1", List.of("203.0.113.9"));        // "198.51.100.1": not a proxy of ours
 * }</pre>
 *
 * Addresses are compared as literals and never looked up in DNS ({@link AddressList}).
 */
public final class TrustedProxies {

    /** IPv4 and IPv6 loopback, the default: a proxy on the same host. */
    public static final String LOOPBACK = "127.0.0.0/8, ::1";

    private final AddressList proxies;

    private TrustedProxies(AddressList proxies) {
        this.proxies = proxies;
    }

    /**
     * The proxies of a comma-separated list of addresses and ranges; {@link #LOOPBACK} for a blank one.
     *
     * @throws IllegalArgumentException for an entry that is not an IP address or a range
     */
    public static TrustedProxies parse(String list) {
        return new TrustedProxies(AddressList.parse(list == null || list.isBlank() ? LOOPBACK : list));
    }

    /** Whether an address is one of the trusted proxies. */
    public boolean trusts(String address) {
        return proxies.contains(address);
    }

    /**
     * The client behind the proxies: the connection's address when it is not a trusted proxy; otherwise, walking the
     * {@code X-Forwarded-For} chain from its right (the hop nearest to Kohtaamo), the first address that is not a
     * trusted proxy. An entry that is not an address ends the walk at the last proxy that was believed.
     */
    public String client(String remoteAddress, List<String> forwardedFor) {
        if (!trusts(remoteAddress) || forwardedFor == null) {
            return remoteAddress;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = remoteAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressList.literal(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get().getHostAddress();
            if (!trusts(client)) {
                return client;
            }
        }
        return client;
    }

    /**
     * The scheme the client used: the last {@code X-Forwarded-Proto} value ({@code http} or {@code https}) when the
     * connection comes from a trusted proxy, else the connection's own.
     */
    public String scheme(String remoteAddress, String forwardedProto, String connectionScheme) {
        if (forwardedProto != null && trusts(remoteAddress)) {
            String[] values = forwardedProto.split(",");
            String proto = values[values.length - 1].strip().toLowerCase(Locale.ROOT);
            if (proto.equals("http") || proto.equals("https")) {
                return proto;
            }
        }
        return connectionScheme;
    }
}
