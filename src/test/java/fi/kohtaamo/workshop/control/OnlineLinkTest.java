package fi.kohtaamo.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A session's online link is shown as a link on the session page, so only web addresses are accepted. */
class OnlineLinkTest {

    @Test
    void webAddressesAndNoLinkAreAccepted() {
        assertThat(Sessions.webAddress(null)).isTrue();
        assertThat(Sessions.webAddress(" ")).isTrue();
        assertThat(Sessions.webAddress("https://teams.example.com/meet/123?pwd=a"))
                .isTrue();
        assertThat(Sessions.webAddress("HTTP://intra.example/room")).isTrue();
    }

    @Test
    void scriptDataAndOtherSchemesAreRefused() {
        assertThat(Sessions.webAddress("javascript:alert(1)")).isFalse();
        assertThat(Sessions.webAddress(" JavaScript:alert(1)")).isFalse();
        assertThat(Sessions.webAddress("data:text/html,<script>alert(1)</script>"))
                .isFalse();
        assertThat(Sessions.webAddress("vbscript:msgbox(1)")).isFalse();
        assertThat(Sessions.webAddress("//evil.example")).isFalse();
        assertThat(Sessions.webAddress("https://ok.example\" onmouseover=\"alert(1)"))
                .isFalse();
    }
}
