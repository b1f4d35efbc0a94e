package fi.kohtaamo.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list of IP addresses and CIDR ranges from configuration ({@code 10.0.0.0/8, 192.0.2.7, ::1}), and whether an
 * address is in it. Addresses are compared bit by bit as literals, never looked up in DNS, so a name or anything else
 * a client wrote is in no list.
 */
public final class AddressList {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private AddressList(List<Range> ranges) {
        this.ranges = ranges;
    }

    /**
     * The addresses and ranges of a comma-separated list; none for a blank or missing one.
     *
     * @throws IllegalArgumentException for an entry that is not an IP address or a range
     */
    public static AddressList parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : list == null ? new String[0] : list.split(",")) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            int slash = text.indexOf('/');
            byte[] network = literal(slash < 0 ? text : text.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("Not an IP address or range: " + text))
                    .getAddress();
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("Not an IP address or range: " + text);
                }
            }
            ranges.add(new Range(network, prefix));
        }
        return new AddressList(List.copyOf(ranges));
    }

    /** Whether an address (a literal; anything else never is) is in the list. */
    public boolean contains(String address) {
        return literal(address)
                .map(InetAddress::getAddress)
                .map(bytes -> ranges.stream().anyMatch(range -> range.contains(bytes)))
                .orElse(false);
    }

    /** An IP address written as a literal (IPv6 possibly in brackets), parsed without any DNS lookup. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
