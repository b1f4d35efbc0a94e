package fi.kohtaamo.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host names Kohtaamo answers to under their own name ({@code KOHTAAMO_ALLOWED_HOSTS}): a request whose
 * {@code Host} header is one of them gets absolute addresses (redirects) on that host; any other {@code Host} is a
 * client's claim that never becomes a redirect target. An entry without a port allows any port of that host, one
 * with a port ({@code intranet:8443}) only that one.
 *
 * <pre>{@code
 * AllowedHosts hosts = AllowedHosts.parse("kohtaamo.example.fi, intranet:8443");
 * hosts.allows("Kohtaamo.Example.fi");  // true
 * hosts.allows("intranet:8080");        // false
 * hosts.allows("evil.example");         // false
 * }</pre>
 */
public final class AllowedHosts {

    /** A Host header: a name or IPv4 address, or an IPv6 address in brackets, and an optional port. */
    private static final Pattern HOST =
            Pattern.compile("([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+])(?::(\\d{1,5}))?");

    private record Entry(String host, String port) {}

    private final List<Entry> entries;

    private AllowedHosts(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * The hosts of a comma-separated list.
     *
     * @throws IllegalArgumentException for an entry that is not a host name or address with an optional port
     */
    public static AllowedHosts parse(String list) {
        List<Entry> entries = new ArrayList<>();
        for (String text : list == null ? new String[0] : list.split(",")) {
            if (text.isBlank()) {
                continue;
            }
            Matcher host = HOST.matcher(text.strip());
            if (!host.matches()) {
                throw new IllegalArgumentException("Not a host name with an optional port: " + text.strip());
            }
            entries.add(new Entry(name(host.group(1)), host.group(2)));
        }
        return new AllowedHosts(List.copyOf(entries));
    }

    /** Whether a request's {@code Host} header names an allowed host (a missing or malformed one never does). */
    public boolean allows(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        Matcher host = HOST.matcher(hostHeader.strip());
        if (!host.matches()) {
            return false;
        }
        String name = name(host.group(1));
        String port = host.group(2);
        return entries.stream()
                .anyMatch(entry -> entry.host().equals(name)
                        && (entry.port() == null || entry.port().equals(port)));
    }

    /** A host name in lower case; an IPv6 address in one spelling ({@code [fd00::2]} as {@code [fd00:0:0:0:0:0:0:2]}). */
    private static String name(String host) {
        if (host.startsWith("[")) {
            return AddressList.literal(host)
                    .map(a -> "[" + a.getHostAddress() + "]")
                    .orElse(host);
        }
        return host.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return entries.stream()
                .map(e -> e.port() == null ? e.host() : e.host() + ":" + e.port())
                .toList()
                .toString();
    }
}
