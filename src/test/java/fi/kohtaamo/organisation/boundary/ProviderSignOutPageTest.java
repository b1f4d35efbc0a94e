package fi.kohtaamo.organisation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The page that takes a browser on to the provider's end-session endpoint after signing out. */
class ProviderSignOutPageTest {

    @Test
    void theEndSessionAddressIsEscapedInTheRefreshAndTheLink() {
        URI end = URI.create("https://sso.example.fi/logout?id_token_hint=a.b.c&post_logout_redirect_uri="
                + "https%3A%2F%2Fkohtaamo.example.fi%2Flogin&state=signedOut");

        String page = LoginBean.continuePage(end, "fi", "Kirjaudutaan ulos", "Jatka: <Pohjola \"ID\">");

        String escaped = "https://sso.example.fi/logout?id_token_hint=a.b.c&amp;post_logout_redirect_uri="
                + "https%3A%2F%2Fkohtaamo.example.fi%2Flogin&amp;state=signedOut";
        assertThat(page)
                .contains("<html lang=\"fi\">")
                .contains("<meta http-equiv=\"refresh\" content=\"0;url=" + escaped + "\">")
                .contains("<a href=\"" + escaped + "\">Jatka: &lt;Pohjola &quot;ID&quot;&gt;</a>")
                .contains("<title>Kirjaudutaan ulos</title>");
    }
}
