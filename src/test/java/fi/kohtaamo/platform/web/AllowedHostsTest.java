package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllowedHostsTest {

    private final AllowedHosts hosts = AllowedHosts.parse("kohtaamo.example.fi, intranet:8443, [::1], 127.0.0.1");

    @Test
    void aListedHostIsAllowedOnAnyPortUnlessItsEntryNamesOne() {
        assertThat(hosts.allows("kohtaamo.example.fi")).isTrue();
        assertThat(hosts.allows("Kohtaamo.Example.FI:443")).isTrue();
        assertThat(hosts.allows("intranet:8443")).isTrue();
        assertThat(hosts.allows("intranet:8080")).isFalse();
        assertThat(hosts.allows("intranet")).isFalse();
        assertThat(hosts.allows("[::1]:8080")).isTrue();
        assertThat(hosts.allows("127.0.0.1:8080")).isTrue();
        assertThat(hosts.allows("[0:0:0:0:0:0:0:1]:8080"))
                .as("IPv6 however it is spelt")
                .isTrue();
        assertThat(AllowedHosts.parse("[fd00:0:0:0:0:0:0:2]").allows("[FD00::2]"))
                .isTrue();
    }

    @Test
    void aForgedOrMalformedHostIsNeverAllowed() {
        assertThat(hosts.allows("evil.example")).isFalse();
        assertThat(hosts.allows("kohtaamo.example.fi.evil.example")).isFalse();
        assertThat(hosts.allows("evil.example/kohtaamo.example.fi")).isFalse();
        assertThat(hosts.allows("kohtaamo.example.fi@evil.example")).isFalse();
        assertThat(hosts.allows("kohtaamo.example.fi:443:80")).isFalse();
        assertThat(hosts.allows("")).isFalse();
        assertThat(hosts.allows(null)).isFalse();
    }

    @Test
    void anEntryThatIsNoHostIsRefusedAtStart() {
        assertThatThrownBy(() -> AllowedHosts.parse("https://kohtaamo.example.fi"))
                .hasMessageContaining("https://kohtaamo.example.fi");
        assertThat(AllowedHosts.parse("").allows("localhost")).isFalse();
    }
}
