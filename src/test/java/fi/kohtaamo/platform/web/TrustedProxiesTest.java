package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies loopback = TrustedProxies.parse(null);
    private final TrustedProxies balancers = TrustedProxies.parse("10.0.0.0/8, 192.0.2.7, fd00::/64");

    @Test
    void byDefaultOnlyLoopbackIsAProxy() {
        assertThat(loopback.trusts("127.0.0.1")).isTrue();
        assertThat(loopback.trusts("127.1.2.3")).isTrue();
        assertThat(loopback.trusts("::1")).isTrue();
        assertThat(loopback.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(loopback.trusts("192.0.2.2")).isFalse();
        assertThat(loopback.trusts("10.0.0.1")).isFalse();
        assertThat(loopback.trusts("localhost")).as("names are never looked up").isFalse();
        assertThat(loopback.trusts(null)).isFalse();
    }

    @Test
    void rangesAndSingleAddressesAreMatchedBitByBit() {
        assertThat(balancers.trusts("10.255.1.2")).isTrue();
        assertThat(balancers.trusts("11.0.0.1")).isFalse();
        assertThat(balancers.trusts("192.0.2.7")).isTrue();
        assertThat(balancers.trusts("192.0.2.8")).isFalse();
        assertThat(balancers.trusts("fd00::1234")).isTrue();
        assertThat(balancers.trusts("[fd00::1234]")).isTrue();
        assertThat(balancers.trusts("fd00:0:0:1::1")).isFalse();
        assertThat(balancers.trusts("127.0.0.1"))
                .as("loopback only when listed")
                .isFalse();
    }

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        assertThat(loopback.client("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(loopback.client("192.0.2.2", List.of("203.0.113.9")))
                .as("a client that sends the header itself")
                .isEqualTo("192.0.2.2");
        assertThat(loopback.client("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void theClientIsTheNearestHopThatIsNotATrustedProxy() {
        // The client forged the first entry; the balancers appended the real one and themselves.
        assertThat(balancers.client("10.0.0.5", List.of("198.51.100.66, 203.0.113.9", "10.1.1.1")))
                .isEqualTo("203.0.113.9");
        assertThat(balancers.client("10.0.0.5", List.of("10.2.2.2, 10.1.1.1"))).isEqualTo("10.2.2.2");
        assertThat(balancers.client("10.0.0.5", List.of("<script>, 203.0.113.9")))
                .isEqualTo("203.0.113.9");
        assertThat(balancers.client("10.0.0.5", List.of("203.0.113.9, evil.example")))
                .as("a hop that is no address ends the walk at the proxy that sent it")
                .isEqualTo("10.0.0.5");
    }

    @Test
    void forwardedProtoCountsOnlyFromATrustedProxyAndOnlyAsHttpOrHttps() {
        assertThat(loopback.scheme("127.0.0.1", "https", "http")).isEqualTo("https");
        assertThat(loopback.scheme("127.0.0.1", "http, https", "http")).isEqualTo("https");
        assertThat(loopback.scheme("127.0.0.1", "gopher", "http")).isEqualTo("http");
        assertThat(loopback.scheme("192.0.2.2", "https", "http")).isEqualTo("http");
        assertThat(loopback.scheme("127.0.0.1", null, "http")).isEqualTo("http");
    }

    @Test
    void aListWithSomethingElseThanAddressesIsRefusedAtStart() {
        assertThatThrownBy(() -> TrustedProxies.parse("nginx")).hasMessageContaining("nginx");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/x")).hasMessageContaining("10.0.0.0/x");
    }
}
